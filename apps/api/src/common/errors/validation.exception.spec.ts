import { getMetadataStorage, type ValidationError } from 'class-validator';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { RULE_BY_CONSTRAINT, ValidationException } from './validation.exception';

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
      { field: 'page', rule: 'not_whole_number', reason: 'must be an integer number' },
      { field: 'page', rule: 'too_small', reason: 'must not be less than 1', params: { min: 1 } },
      { field: 'budget.currency', rule: 'not_allowed_value', reason: 'must be one of EUR, TRY' },
    ]);
    expect(exception.message).toBe('Invalid request: page must be an integer number; page must not be less than 1; budget.currency must be one of EUR, TRY');
  });
});

describe('RULE_BY_CONSTRAINT', () => {
  // Loads every DTO, so class-validator has registered each rule the API checks requests with.
  function loadDtos(folder: string): void {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) loadDtos(path);
      else if (/\.dto\.ts$/.test(entry.name)) jest.requireActual(path);
    }
  }

  it('gives a rule of its own to every constraint the DTOs use, so none reaches clients as a vague one', () => {
    loadDtos(join(__dirname, '..', '..'));
    const storage = getMetadataStorage() as unknown as {
      constraintMetadatas: Map<unknown, { name?: string }[]>;
      validationMetadatas: Map<unknown, { type: string }[]>;
    };
    const names = new Set<string>();
    for (const constraints of storage.constraintMetadatas.values()) for (const constraint of constraints) if (constraint.name) names.add(constraint.name);
    for (const validations of storage.validationMetadatas.values()) {
      for (const { type } of validations) if (!['customValidation', 'conditionalValidation'].includes(type)) names.add(type);
    }
    expect(names.size).toBeGreaterThan(15);
    expect([...names].filter((name) => !(name in RULE_BY_CONSTRAINT) || (RULE_BY_CONSTRAINT[name] === 'invalid_format' && name !== 'matches'))).toEqual([]);
  });
});
