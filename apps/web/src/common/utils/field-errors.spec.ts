import { ApiError } from '../../lib/api-client';
import { buildApiErrorBody } from '../../test/factories';
import { serverFieldErrors } from './field-errors';

describe('serverFieldErrors', () => {
  it('puts each detail under the field it names, joining two reasons for one field', () => {
    const error = new ApiError(
      400,
      buildApiErrorBody({
        details: [
          { field: 'country', reason: 'must be an ISO 3166-1 alpha-2 code in upper case' },
          { field: 'population', reason: 'must be an integer' },
          { field: 'population', reason: 'must not be less than 1' },
          { field: 'municipalityIds.1', reason: 'must be a UUID' },
          { field: 'colour', reason: 'should not exist' },
        ],
      }),
    );

    expect(serverFieldErrors(error, ['country', 'population', 'second'], { 'municipalityIds.1': 'second' })).toEqual({
      fields: {
        country: 'must be an ISO 3166-1 alpha-2 code in upper case',
        population: 'must be an integer; must not be less than 1',
        second: 'must be a UUID',
      },
      unmatched: ['colour: should not exist'],
    });
  });

  it('gives nothing for an error that is not a validation failure', () => {
    const error = new ApiError(409, buildApiErrorBody({ code: 'email_taken', message: 'Taken.' }));

    expect(serverFieldErrors(error, ['email'])).toEqual({ fields: {}, unmatched: [] });
  });
});
