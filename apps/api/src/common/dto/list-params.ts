import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { COUNTRY_CODE_PATTERN, SDG_NUMBERS } from '@twinning/contracts';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsOptional, IsUUID, Matches } from 'class-validator';

/** At most this many values of one repeatable parameter. */
export const MAX_VALUES = 20;

/** An optional repeatable query parameter: a string once, an array after that; each value checked by `each`. */
function listParam(...each: PropertyDecorator[]) {
  return applyDecorators(
    IsOptional(),
    Transform(({ value }) => (value === undefined ? undefined : Array.isArray(value) ? value : [value])),
    IsArray(),
    ArrayMaxSize(MAX_VALUES),
    ...each,
  );
}

/** Values from a fixed vocabulary: `theme=mobility&theme=energy`. A long vocabulary is named by two examples, not listed. */
export function ChoiceListParam(choices: readonly string[], what: string, description?: string) {
  const named = choices.length <= MAX_VALUES ? `from ${choices.join(', ')}` : `such as ${choices[0]} or ${choices[choices.length - 1]}`;
  return applyDecorators(
    ApiPropertyOptional({ enum: choices, isArray: true, description }),
    listParam(IsIn(choices, { each: true, message: `must hold ${what} ${named}` })),
  );
}

/** Ids of things: municipalities, programmes, collections. */
export function IdListParam(what: string, description: string) {
  return applyDecorators(
    ApiPropertyOptional({ type: [String], description }),
    listParam(IsUUID('all', { each: true, message: `must hold ${what} ids (UUIDs)` })),
  );
}

export function CountryListParam(description: string) {
  return applyDecorators(
    ApiPropertyOptional({ type: [String], description }),
    listParam(Matches(COUNTRY_CODE_PATTERN, { each: true, message: 'must hold ISO 3166-1 alpha-2 codes in upper case, such as TR' })),
  );
}

export function SdgListParam() {
  return applyDecorators(
    ApiPropertyOptional({ type: [Number], description: 'SDG numbers; repeat the parameter for several.' }),
    listParam(Type(() => Number), IsIn(SDG_NUMBERS, { each: true, message: 'must hold SDG numbers from 1 to 17' })),
  );
}
