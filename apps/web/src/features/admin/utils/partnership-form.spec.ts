import { createTestI18n } from '../../../test/i18n';
import { buildMunicipalitySummary, buildPartnership } from '../../../test/factories';
import { changedPartnershipFields, partnershipToForm, validatePartnershipForm } from './partnership-form';
import { variantsToForm } from './text-variants';

const { t } = createTestI18n('en');

describe('validatePartnershipForm', () => {
  it('wants two different towns and a year the API accepts', () => {
    const town = buildMunicipalitySummary();

    expect(
      validatePartnershipForm(
        { first: town, second: town, kind: 'twinning', sinceYear: 1850, status: 'active', programme: '', fundingProgrammeId: null, fundingCallId: null, description: '', descriptionVariants: variantsToForm({}), agreementSignedOn: '', agreementUrl: '', agreementText: '' },
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

  it('sends the kind and the agreement when they changed, an empty date or address as null', () => {
    const partnership = buildPartnership({ agreement: { signedOn: '1997-05-09', url: null, text: '' } });

    expect(changedPartnershipFields(partnership, { ...partnershipToForm(partnership), kind: 'project', agreementSignedOn: '', agreementUrl: ' https://example.org/a.pdf ' })).toEqual({
      kind: 'project',
      agreementSignedOn: null,
      agreementUrl: 'https://example.org/a.pdf',
    });
  });

  it('sends the programme and call it aims at when they changed, a cleared one as null', () => {
    const partnership = buildPartnership({ fundingProgramme: { id: 'p-1', name: 'CERV' }, fundingCall: { id: 'c-1', title: 'Town-Twinning 2027', closesOn: '2027-03-15' } });
    const form = partnershipToForm(partnership);

    expect(changedPartnershipFields(partnership, form)).toEqual({});
    expect(changedPartnershipFields(partnership, { ...form, fundingCallId: null })).toEqual({ fundingCallId: null });
    expect(changedPartnershipFields(partnership, { ...form, fundingProgrammeId: 'p-2', fundingCallId: null })).toEqual({ fundingProgrammeId: 'p-2', fundingCallId: null });
  });

  it('sends the description’s wording in other languages when it changed, trimmed, leaving the empty ones out', () => {
    const partnership = buildPartnership({ descriptionVariants: { de: 'Gemeinsame Arbeit' } });
    const form = partnershipToForm(partnership);
    expect(form.descriptionVariants).toEqual({ en: '', tr: '', de: 'Gemeinsame Arbeit' });

    expect(changedPartnershipFields(partnership, form)).toEqual({});
    expect(changedPartnershipFields(partnership, { ...form, descriptionVariants: { en: '', tr: ' Ortak çalışma ', de: 'Gemeinsame Arbeit' } })).toEqual({
      descriptionVariants: { tr: 'Ortak çalışma', de: 'Gemeinsame Arbeit' },
    });
    const tooLong = 'x'.repeat(2001);
    expect(validatePartnershipForm({ ...form, descriptionVariants: { ...form.descriptionVariants, tr: tooLong } }, t).descriptionVariants).toBe('At most 2000 characters.');
  });
});
