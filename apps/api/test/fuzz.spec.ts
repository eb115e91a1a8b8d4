import { SwaggerModule, DocumentBuilder, type OpenAPIObject } from '@nestjs/swagger';
import { API_ERROR_CODES, VALIDATION_RULES } from '@twinning/contracts';
import fc from 'fast-check';
import { type MunicipalityEntity } from '../src/municipalities/municipality.entity';
import { completeContent, insertCaseStudy } from './factories/case-study.factory';
import { insertFundingCall, insertFundingProgramme } from './factories/funding.factory';
import { insertMunicipality, insertPartnership } from './factories/municipality.factory';
import { insertUser } from './factories/user.factory';
import { startSession, type TestSession, withSession } from './support/sessions';
import { type TestApp, createTestApp } from './support/test-app';
import { waitUntil } from './support/wait';

type SchemaObject = { type?: string; properties?: Record<string, SchemaObject>; $ref?: string; items?: SchemaObject; enum?: unknown[]; nullable?: boolean };
type Caller = 'visitor' | 'staffOwn' | 'staffOther' | 'moderator' | 'admin';

/** Tables whose rows a refused request may still touch: a session's last-seen time, the rate-limit counts. */
const VOLATILE_TABLES = new Set(['sessions', 'rate_limit_hits']);

/** Strings that have broken parsers, queries and renderers elsewhere. */
const HOSTILE_STRINGS = [
  "' OR 1=1 --",
  '"; DROP TABLE case_studies; --',
  '<script>alert(1)</script>',
  '../../etc/passwd',
  '\u0000',
  '%00',
  '\uD800',
  '𝕿𝖜𝖎𝖓',
  'İıŞşĞğ',
  '${7*7}',
  '{{constructor.constructor("return process")()}}',
  '__proto__',
  'x'.repeat(20_000),
  ' ',
  '',
];

const hostileString = fc.oneof(fc.constantFrom(...HOSTILE_STRINGS), fc.string({ unit: 'binary', maxLength: 300 }), fc.string({ maxLength: 50 }));
const anyJson = fc.oneof(hostileString, fc.double(), fc.integer(), fc.boolean(), fc.constant(null), fc.array(hostileString, { maxLength: 5 }), fc.dictionary(hostileString, hostileString, { maxKeys: 5 }));

/** A JSON value of another type than the schema wants, so no conversion can make it valid. */
function wrongTypeFor(schema: SchemaObject | undefined): fc.Arbitrary<unknown> {
  switch (schema?.type) {
    case 'string':
      return fc.oneof(fc.integer(), fc.boolean(), fc.array(fc.integer(), { maxLength: 3 }), fc.dictionary(fc.string({ maxLength: 5 }), fc.integer(), { minKeys: 1, maxKeys: 3 }));
    case 'number':
    case 'integer':
      // Infinity goes out as JSON null, which a nullable number rightly takes.
      return fc.oneof(
        fc.constantFrom('twelve', '1e999999', 'NaN', '0x', '', '12abc'),
        fc.boolean(),
        fc.dictionary(fc.string({ maxLength: 5 }), fc.integer(), { maxKeys: 3 }),
        ...(schema.nullable ? [] : [fc.constant(1e308 * 10)]),
      );
    case 'boolean':
      return fc.oneof(fc.constantFrom('yes', 'no', 'TRUE', '1', ''), fc.integer({ min: 2 }), fc.array(fc.boolean(), { minLength: 1, maxLength: 3 }));
    case 'array':
      return fc.oneof(fc.string({ maxLength: 20 }), fc.integer(), fc.dictionary(fc.string({ maxLength: 5 }), fc.integer(), { minKeys: 1, maxKeys: 3 }));
    default:
      // Type not declared (a nullable or free-form field): an object of unknown keys fits none of them.
      return fc.dictionary(fc.string({ maxLength: 10 }).map((key) => `x_${key}`), fc.integer(), { minKeys: 1, maxKeys: 3 });
  }
}

describe('hostile input at every write route and at search', () => {
  let t: TestApp;
  let document: OpenAPIObject;
  const sessions = new Map<Caller, TestSession>();
  /** Real ids, so a body reaches the checks that need an existing record (a draft's content, a submission). */
  const existing: Record<string, string> = {};

  const schemaOf = (schema: SchemaObject | undefined): SchemaObject | undefined => {
    if (!schema?.$ref) return schema;
    return document.components!.schemas![schema.$ref.split('/').pop()!] as SchemaObject;
  };

  async function snapshot(): Promise<{ tables: Record<string, string>; documents: unknown }> {
    const tables = (await t.dataSource.query(`SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`)) as { tablename: string }[];
    const hashes: Record<string, string> = {};
    for (const { tablename } of tables) {
      if (VOLATILE_TABLES.has(tablename)) continue;
      const [{ hash }] = (await t.dataSource.query(`SELECT md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS hash FROM "${tablename}" t`)) as { hash: string }[];
      hashes[tablename] = hash;
    }
    const response = await fetch(`${t.config.meiliHost}/indexes/${t.config.searchIndexPrefix}case_studies/documents?limit=1000`, { headers: { Authorization: `Bearer ${t.config.meiliMasterKey}` } });
    return { tables: hashes, documents: await response.json() };
  }

  beforeAll(async () => {
    t = await createTestApp();
    document = SwaggerModule.createDocument(t.app, new DocumentBuilder().build());
    const own: MunicipalityEntity = await insertMunicipality(t.dataSource, { nameLocal: 'Bursa', nameEn: 'Bursa' });
    const other = await insertMunicipality(t.dataSource, { nameLocal: 'Darmstadt', nameEn: 'Darmstadt', country: 'DE' });
    existing.partnership = (await insertPartnership(t.dataSource, own, other)).id;
    existing.municipality = other.id;
    const users = {
      staffOwn: await insertUser(t.dataSource, { municipalityId: own.id }),
      staffOther: await insertUser(t.dataSource, { municipalityId: other.id }),
      moderator: await insertUser(t.dataSource, { role: 'moderator' }),
      admin: await insertUser(t.dataSource, { role: 'admin' }),
    };
    for (const [caller, user] of Object.entries(users)) sessions.set(caller as Caller, await startSession(t, user.id));
    existing.user = users.staffOther.id;
    existing.draft = (await insertCaseStudy(t.dataSource, { municipalityId: own.id, status: 'draft' })).caseStudy.id;
    const published = (await insertCaseStudy(t.dataSource, { municipalityId: own.id, status: 'published', content: completeContent({ title: 'Bisiklet yolları' }) })).caseStudy;
    existing.published = published.id;
    existing.revision = (await insertCaseStudy(t.dataSource, { municipalityId: own.id, status: 'submitted' })).revision!.id;
    const [{ id: adaptationId }] = (await t.dataSource.query(
      `INSERT INTO adaptations (case_study_id, municipality_id, status, local_context, changes, planned_steps) VALUES ($1, $2, 'piloting', 'Hills.', 'E-bikes.', '') RETURNING id`,
      [published.id, other.id],
    )) as { id: string }[];
    existing.adaptation = adaptationId;
    const [{ id: questionId }] = (await t.dataSource.query(`INSERT INTO discussion_posts (case_study_id, author_id, body) VALUES ($1, $2, 'How long did it take?') RETURNING id`, [published.id, users.staffOther.id])) as {
      id: string;
    }[];
    existing.question = questionId;
    existing.fundingProgramme = (await insertFundingProgramme(t.dataSource)).id;
    existing.fundingCall = (await insertFundingCall(t.dataSource, existing.fundingProgramme)).id;
    await waitUntil('the published case study to be indexed', async () => ((await t.dataSource.query(`SELECT count(*)::int AS count FROM search_outbox`)) as { count: number }[])[0].count === 0);
  });

  afterAll(() => t.close());

  /** Who gets past the route's guard, so the input reaches validation. */
  function callerFor(path: string): Caller {
    if (/\/auth\/(login|register)$|\/invitations\/\{token\}\/accept$/.test(path)) return 'visitor';
    if (path.includes('/admin/')) return 'admin';
    if (/\/moderation\/|\/visibility$|\/reports\/dismiss$|\/feature$|\/funding\//.test(path)) return 'moderator';
    if (/\/adaptations\/\{id\}\/(check-ins|case-study)$/.test(path)) return 'staffOther';
    return 'staffOwn';
  }

  /** A real id for the route's record, where one matters for validation beyond the body's shape. */
  function idFor(path: string): string {
    if (path.startsWith('/api/v1/admin/users/')) return existing.user;
    if (path.startsWith('/api/v1/admin/municipalities/')) return existing.municipality;
    if (path.startsWith('/api/v1/admin/partnerships/')) return existing.partnership;
    if (path.startsWith('/api/v1/moderation/revisions/')) return existing.revision;
    if (path.startsWith('/api/v1/adaptations/')) return existing.adaptation;
    if (path.startsWith('/api/v1/funding/programmes/')) return existing.fundingProgramme;
    if (path.startsWith('/api/v1/funding/calls/')) return existing.fundingCall;
    if (path.startsWith('/api/v1/questions/') || path.startsWith('/api/v1/posts/')) return existing.question;
    if (/\/case-studies\/\{id\}\/(questions|adaptations)$/.test(path)) return existing.published;
    return existing.draft;
  }

  function send(method: string, url: string, caller: Caller, body?: unknown, raw?: string) {
    const test = withSession((t.http as unknown as Record<string, (url: string) => ReturnType<typeof t.http.get>>)[method](url), sessions.get(caller));
    // Always as JSON text, so any value (a number, a string) goes out exactly as generated.
    const text = raw ?? (body === undefined ? undefined : JSON.stringify(body));
    return text === undefined ? test : test.set('Content-Type', 'application/json').send(text);
  }

  function expectRefused(response: { status: number; body: { code?: unknown; message?: unknown; details?: unknown } }, what: string): void {
    const summary = { what, status: response.status, code: response.body?.code };
    expect(summary).toEqual({ what, status: expect.any(Number), code: expect.any(String) });
    if (response.status < 400 || response.status >= 500) throw new Error(`${what} answered ${response.status}: ${JSON.stringify(response.body).slice(0, 500)}`);
    expect(typeof response.body.message).toBe('string');
    // Clients word refusals from the code and each detail's rule, so both must be ones they know.
    const known = (API_ERROR_CODES as readonly unknown[]).includes(response.body.code);
    const details = (response.body.details ?? []) as { rule?: unknown; reason?: unknown }[];
    const unknownRules = details.filter((detail) => !(VALIDATION_RULES as readonly unknown[]).includes(detail.rule) || typeof detail.reason !== 'string');
    expect({ what, known, unknownRules }).toEqual({ what, known: true, unknownRules: [] });
  }

  it('answers every malformed, oversized or hostile write with a 4xx and a reason, changing nothing', async () => {
    const before = await snapshot();
    const operations = Object.entries(document.paths).flatMap(([path, item]) =>
      (['post', 'patch', 'put', 'delete'] as const).filter((method) => item[method]).map((method) => ({ path, method, operation: item[method]! })),
    );
    expect(operations.length).toBeGreaterThanOrEqual(30);
    let requests = 0;
    for (const { path, method, operation } of operations) {
      const caller = callerFor(path);
      const hasParams = path.includes('{');
      const url = (id: string) => path.replace(/\{[^}]+\}/g, encodeURIComponent(id));
      const what = (detail: string) => `${method.toUpperCase()} ${path} (${caller}, ${detail})`;

      if (hasParams) {
        // Malformed or unknown ids in the path.
        await fc.assert(
          fc.asyncProperty(fc.oneof(hostileString.map((value) => value.replace(/[\uD800-\uDFFF]/g, '?')).filter((value) => value.length > 0 && value.length < 2_000), fc.uuid()), async (id) => {
            requests += 1;
            expectRefused(await send(method, url(id), caller, {}), what(`id ${JSON.stringify(id).slice(0, 40)}`));
          }),
          { numRuns: 8 },
        );
      }

      const requestBody = (operation.requestBody as { content?: Record<string, { schema?: SchemaObject }> } | undefined)?.content?.['application/json']?.schema;
      if (!requestBody) continue;
      const schema = schemaOf(requestBody);
      const properties = Object.entries(schema?.properties ?? {});
      const target = url(hasParams ? idFor(path) : '');
      const unknownKey = fc.string({ minLength: 1, maxLength: 20 }).map((key) => `x_${key}`);
      const bodies = fc.oneof(
        // Something other than an object.
        fc.oneof(fc.array(anyJson, { maxLength: 3 }), hostileString, fc.integer(), fc.boolean()),
        // An object with a field the route does not know, besides any known ones with any values.
        fc.tuple(unknownKey, anyJson, fc.dictionary(fc.constantFrom(...properties.map(([name]) => name), 'x'), anyJson, { maxKeys: 4 })).map(([key, value, rest]) => ({ ...rest, [key]: value })),
        // Known fields, at least one of the wrong type.
        ...(properties.length > 0
          ? [
              fc
                .constantFrom(...properties)
                .chain(([name, property]) => wrongTypeFor(schemaOf(property)).map((value) => ({ [name]: value }))),
            ]
          : []),
      );
      await fc.assert(
        fc.asyncProperty(bodies, async (body) => {
          requests += 1;
          expectRefused(await send(method, target, caller, body), what(`body ${JSON.stringify(body).slice(0, 80)}`));
        }),
        { numRuns: 25 },
      );
      // Broken JSON and a body over the limit.
      for (const raw of ['{"title": ', '{"a":1}{"b":2}', '\u0000', `{"body":"${'x'.repeat(1_100_000)}"}`]) {
        requests += 1;
        expectRefused(await send(method, target, caller, undefined, raw), what(`raw ${raw.slice(0, 20)}`));
      }
    }
    expect(requests).toBeGreaterThan(500);
    expect(await snapshot()).toEqual(before);
  });

  it('refuses null for fields that may be left out but not emptied (found by this test: they were 500s)', async () => {
    const before = await snapshot();
    const cases: [string, string, Caller, object][] = [
      ['patch', `/api/v1/admin/municipalities/${existing.municipality}`, 'admin', { populationYear: null }],
      ['patch', `/api/v1/admin/partnerships/${existing.partnership}`, 'admin', { sinceYear: null }],
      ['patch', `/api/v1/admin/users/${existing.user}`, 'admin', { role: null }],
      ['patch', `/api/v1/case-studies/${existing.draft}`, 'staffOwn', { version: 1, publishAnonymously: null }],
      ['post', '/api/v1/case-studies', 'staffOwn', { content: null }],
      ['patch', `/api/v1/funding/programmes/${existing.fundingProgramme}`, 'moderator', { archived: null }],
      ['patch', `/api/v1/funding/calls/${existing.fundingCall}`, 'moderator', { closesOn: null }],
    ];
    for (const [method, url, caller, body] of cases) {
      const response = await send(method, url, caller, body);
      expect({ url, status: response.status, code: response.body.code }).toEqual({ url, status: 400, code: 'validation_failed' });
    }
    expect(await snapshot()).toEqual(before);
  });

  it('answers hostile searches with results or a 4xx and a reason, never a 5xx, changing nothing', async () => {
    const before = await snapshot();
    const parameters = ['q', 'sdg', 'theme', 'outcome', 'country', 'municipality', 'language', 'funding', 'population_band', 'sdg_target', 'failure_cause', 'failure_stage', 'year_from', 'year_to', 'partners_of', 'sort', 'page', 'per_page', 'format', 'x'];
    const query = fc.dictionary(fc.constantFrom(...parameters), fc.oneof(hostileString.map((value) => value.slice(0, 500)), fc.array(hostileString.map((value) => value.slice(0, 100)), { maxLength: 3 })), { maxKeys: 5 });
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('/api/v1/search', '/api/v1/search/export', `/api/v1/case-studies/${existing.published}/similar`), query, async (path, params) => {
        const response = await t.http.get(path).query(params);
        if (response.status >= 500) throw new Error(`GET ${path} ${JSON.stringify(params).slice(0, 200)} answered ${response.status}: ${JSON.stringify(response.body).slice(0, 300)}`);
        if (response.status >= 400) expectRefused(response, `GET ${path}`);
        else expect(response.status).toBe(200);
      }),
      { numRuns: 150 },
    );
    expect(await snapshot()).toEqual(before);
  });
});
