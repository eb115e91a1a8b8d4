import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createGenerator } from 'ts-json-schema-generator';

const ROOT = resolve(__dirname, '../../../../..');
const TARGET = join(__dirname, 'response-schemas.json');
const API_SOURCE = join(ROOT, 'apps/api/src');

/** Every contract a controller names through the helpers of response-schema.ts, and the error body every 4xx carries. */
function namedContracts(): string[] {
  const names = new Set(['ApiErrorBody']);
  const walk = (directory: string): void => {
    for (const entry of readdirSync(directory, { withFileTypes: true })) {
      const path = join(directory, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.controller.ts')) {
        for (const match of readFileSync(path, 'utf8').matchAll(/(?:contract|list|nullable|page)Schema\('(\w+)'\)/g)) names.add(match[1]);
      }
    }
  };
  walk(API_SOURCE);
  return [...names].sort();
}

/** A component name OpenAPI accepts (`^[a-zA-Z0-9._-]+$`) for a generated definition such as `Partial<Record<…>>`. */
const componentName = (definition: string) => decodeURIComponent(definition).replace(/[^a-zA-Z0-9._-]+/g, '_').replace(/^_+|_+$/g, '');

/** The JSON Schemas of those contracts and of every type they use, from libs/contracts' TypeScript. */
function generateResponseSchemas(): Record<string, unknown> {
  const generator = createGenerator({
    path: join(ROOT, 'libs/contracts/src/index.ts'),
    tsconfig: join(ROOT, 'libs/contracts/tsconfig.lib.json'),
    expose: 'export',
    topRef: false,
    jsDoc: 'basic',
    skipTypeCheck: true,
    additionalProperties: true,
  });
  const definitions: Record<string, unknown> = {};
  for (const name of namedContracts()) {
    const { definitions: used = {}, $schema: _, ...root } = generator.createSchema(name);
    Object.assign(definitions, used, { [name]: root });
  }
  const named = Object.entries(definitions).map(([name, schema]): [string, unknown] => [componentName(name), schema]);
  const text = JSON.stringify(Object.fromEntries(named.sort(([a], [b]) => (a < b ? -1 : 1))));
  return JSON.parse(text.replace(/"#\/definitions\/([^"]+)"/g, (_, name: string) => `"#/components/schemas/${componentName(name)}"`)) as Record<string, unknown>;
}

describe('the response schemas of the OpenAPI description', () => {
  it('are generated from the contracts as they are now (npm run openapi:schemas writes them)', () => {
    const generated = generateResponseSchemas();
    if (process.env.UPDATE_RESPONSE_SCHEMAS === '1') writeFileSync(TARGET, `${JSON.stringify(generated, null, 2)}\n`);
    expect(JSON.parse(readFileSync(TARGET, 'utf8'))).toEqual(generated);
  }, 300_000);
});
