import { type Language } from '../../i18n';
import { createTestI18n } from '../../test/i18n';
import { ApiError } from '../../lib/api-client';
import { buildApiErrorBody } from '../../test/factories';
import { serverFieldErrors } from './field-errors';

const translator = (language: Language) => createTestI18n(language).getFixedT(language);

describe('serverFieldErrors', () => {
  const error = new ApiError(
    400,
    buildApiErrorBody({
      details: [
        { field: 'country', rule: 'invalid_format', reason: 'must be an ISO 3166-1 alpha-2 code in upper case' },
        { field: 'population', rule: 'not_whole_number', reason: 'must be an integer' },
        { field: 'population', rule: 'too_small', reason: 'must not be less than 1', params: { min: 1 } },
        { field: 'municipalityIds.1', rule: 'not_id', reason: 'must be a UUID' },
        { field: 'colour', rule: 'unknown_field', reason: 'should not exist' },
      ],
    }),
  );

  it('puts each detail under the field it names, joining two reasons for one field', () => {
    const t = translator('en');

    expect(serverFieldErrors(error, ['country', 'population', 'second'], t, { 'municipalityIds.1': 'second' })).toEqual({
      fields: {
        country: 'is not in the expected form',
        population: 'must be a whole number; must be at least 1',
        second: 'is not a valid identifier',
      },
      unmatched: ['colour: is not a field the portal knows'],
    });
  });

  it('words the reasons in the reader’s language, not the API’s English', () => {
    const t = translator('tr');

    expect(serverFieldErrors(error, ['population'], t).fields.population).toBe('bir tam sayı olmalı; en az 1 olmalı');
  });

  it('gives nothing for an error that is not a validation failure', () => {
    const other = new ApiError(409, buildApiErrorBody({ code: 'email_taken', message: 'Taken.' }));

    expect(serverFieldErrors(other, ['email'], translator('en'))).toEqual({ fields: {}, unmatched: [] });
  });
});
