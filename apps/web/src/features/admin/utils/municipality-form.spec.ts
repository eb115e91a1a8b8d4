import { createTestI18n } from '../../../test/i18n';
import { buildMunicipality } from '../../../test/factories';
import {
  changedMunicipalityFields,
  emptyMunicipalityForm,
  municipalityToForm,
  toMunicipalityInput,
  validateMunicipalityForm,
} from './municipality-form';

const { t } = createTestI18n('en');

describe('validateMunicipalityForm', () => {
  it('accepts a complete town, with or without a website', () => {
    const values = municipalityToForm(buildMunicipality());

    expect(Object.values(validateMunicipalityForm(values, t)).filter(Boolean)).toEqual([]);
    expect(Object.values(validateMunicipalityForm({ ...values, website: '' }, t)).filter(Boolean)).toEqual([]);
  });

  it('applies the rules the API applies', () => {
    const errors = validateMunicipalityForm(
      {
        ...emptyMunicipalityForm(),
        nameLocal: 'Köln',
        nameEn: '  ',
        country: 'de',
        region: 'x'.repeat(201),
        population: 0,
        populationYear: 2023.5,
        latitude: 91,
        longitude: -181,
        website: 'ftp://example.org',
      },
      t,
    );

    expect(errors).toEqual({
      nameLocal: undefined,
      nameEn: 'Required.',
      country: 'Two capital letters (ISO 3166-1), for example TR or DE.',
      region: 'At most 200 characters.',
      population: 'Between 1 and 100000000.',
      populationYear: 'A whole number, please.',
      kind: 'Required.',
      latitude: 'Between -90 and 90.',
      longitude: 'Between -180 and 180.',
      website: 'An address beginning with http:// or https://, or nothing.',
    });
  });
});

describe('changedMunicipalityFields', () => {
  it('sends only what changed, with an empty website as null', () => {
    const before = buildMunicipality();
    const input = toMunicipalityInput({ ...municipalityToForm(before), population: 1_100_000, website: ' ' });

    expect(changedMunicipalityFields(before, input)).toEqual({ population: 1_100_000, website: null });
  });
});
