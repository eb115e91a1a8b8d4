import { createI18n } from '../../../i18n';
import { buildMunicipalitySummary, buildPartnership } from '../../../test/factories';
import { changedPartnershipFields, partnershipToForm, validatePartnershipForm } from './partnership-form';

const { t } = createI18n('en');

describe('validatePartnershipForm', () => {
  it('wants two different towns and a year the API accepts', () => {
    const town = buildMunicipalitySummary();

    expect(
      validatePartnershipForm(
        { first: town, second: town, sinceYear: 1850, status: 'active', programme: '', description: '' },
        t,
      ),
    ).toMatchObject({ first: undefined, second: 'Choose two different towns.', sinceYear: 'Between 1900 and 2100.' });
  });
});

describe('changedPartnershipFields', () => {
  it('sends only what changed, an empty programme as null', () => {
    const partnership = buildPartnership();

    expect(changedPartnershipFields(partnership, { ...partnershipToForm(partnership), programme: '  ' })).toEqual({
      programme: null,
    });
  });
});
