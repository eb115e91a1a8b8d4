import { type ReferenceObject, type SchemaObject } from '@nestjs/swagger';
import generated from './response-schemas.json';

/**
 * JSON Schemas of the response types in libs/contracts, generated from their TypeScript
 * (`npm run openapi:schemas`; response-schemas.spec.ts fails when the file is out of date). A
 * route's OpenAPI response names one of them, so the document describes what the web client
 * is built against.
 */
export const RESPONSE_SCHEMAS = generated as unknown as Record<ContractName, SchemaObject>;
export type ContractName = keyof typeof generated;
/** What `@ApiOkResponse({ schema })` takes: a schema or a reference to one. */
type ResponseSchema = SchemaObject & Partial<ReferenceObject>;

const ref = (name: ContractName): ResponseSchema => ({ $ref: `#/components/schemas/${name}` });

/** The body is one `name`. */
export function contractSchema(name: ContractName): ResponseSchema {
  return ref(name);
}

/** The body is a list of `name`. */
export function listSchema(name: ContractName): ResponseSchema {
  return { type: 'array', items: ref(name) };
}

/** The body is one `name`, or `null` (OpenAPI 3.1: JSON Schema's own null type). */
export function nullableSchema(name: ContractName): ResponseSchema {
  return { oneOf: [ref(name), { type: 'null' }] };
}

/** The body is a `Page` (libs/contracts pagination.ts) of `name`. */
export function pageSchema(name: ContractName): ResponseSchema {
  return {
    type: 'object',
    required: ['items', 'total', 'page', 'perPage'],
    properties: { items: listSchema(name), total: { type: 'integer' }, page: { type: 'integer' }, perPage: { type: 'integer' } },
  };
}
