import { type ValidationError } from 'class-validator';
import { ValidationException } from './validation.exception';

describe('ValidationException.fromValidationErrors', () => {
  it('gives one detail per broken rule, with nested fields as paths', () => {
    const errors: ValidationError[] = [
      { property: 'page', constraints: { isInt: 'page must be an integer number', min: 'page must not be less than 1' }, children: [] },
      {
        property: 'budget',
        children: [{ property: 'currency', constraints: { isIn: 'currency must be one of EUR, TRY' }, children: [] }],
      },
    ];
    const exception = ValidationException.fromValidationErrors(errors);
    expect(exception.status).toBe(400);
    expect(exception.code).toBe('validation_failed');
    expect(exception.details).toEqual([
      { field: 'page', reason: 'must be an integer number' },
      { field: 'page', reason: 'must not be less than 1' },
      { field: 'budget.currency', reason: 'must be one of EUR, TRY' },
    ]);
    expect(exception.message).toBe('Invalid request: page must be an integer number; page must not be less than 1; budget.currency must be one of EUR, TRY');
  });
});
