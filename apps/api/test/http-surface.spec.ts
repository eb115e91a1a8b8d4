import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { insertMunicipality } from './factories/municipality.factory';
import { type TestApp, createTestApp } from './support/test-app';

describe('what the server answers outside the API routes', () => {
  let t: TestApp;
  let webDir: string;

  beforeAll(async () => {
    webDir = await mkdtemp(path.join(os.tmpdir(), 'web-dist-'));
    await writeFile(path.join(webDir, 'index.html'), '<!doctype html><title>Twinning Exchange</title><div id="root"></div>');
    t = await createTestApp({ WEB_DIST_DIR: webDir });
  });

  afterAll(async () => {
    await t.close();
    await rm(webDir, { recursive: true, force: true });
  });

  it.each(['/', '/towns', '/towns/8d6c3a8e-4d2b-4c44-9a51-0b8f1e3c2a10'])('serves the web client at %s', async (url) => {
    const response = await t.http.get(url);
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toMatch(/text\/html/);
    expect(response.text).toContain('<div id="root">');
  });

  it('answers an unknown API path with a JSON 404, not the web client', async () => {
    const response = await t.http.get('/api/v1/nothing-here');
    expect(response.status).toBe(404);
    expect(response.body).toMatchObject({ code: 'not_found' });
  });

  it('publishes the OpenAPI description, with the municipality routes and their parameters', async () => {
    const response = await t.http.get('/api/docs-json');
    expect(response.status).toBe(200);
    expect(Object.keys(response.body.paths)).toEqual(
      expect.arrayContaining(['/api/health', '/api/v1/municipalities', '/api/v1/municipalities/{id}']),
    );
    const parameters = response.body.paths['/api/v1/municipalities'].get.parameters.map((p: { name: string }) => p.name);
    expect(parameters).toEqual(expect.arrayContaining(['q', 'country', 'kind', 'page', 'per_page']));
    expect((await t.http.get('/api/docs')).status).toBe(200);
  });

  it('gives every operation its response schema from the contracts, and every client error the one error body', async () => {
    const document = (await t.http.get('/api/docs-json')).body as {
      openapi: string;
      paths: Record<string, Record<string, { responses: Record<string, { content?: Record<string, { schema?: object }> }> }>>;
      components: { schemas: Record<string, { required?: string[] }> };
    };
    expect(document.openapi).toBe('3.1.0');
    const operations = Object.entries(document.paths).flatMap(([path, methods]) => Object.entries(methods).map(([method, operation]) => ({ name: `${method.toUpperCase()} ${path}`, operation })));
    expect(operations.length).toBeGreaterThan(80);
    const missing: string[] = [];
    for (const { name, operation } of operations) {
      const statuses = Object.keys(operation.responses);
      if (!statuses.some((status) => /^2\d\d$/.test(status))) missing.push(`${name}: no success response`);
      for (const status of statuses) {
        if (status === '204') continue;
        const content = Object.entries(operation.responses[status].content ?? {});
        if (content.length === 0 || content.some(([, media]) => !media.schema)) missing.push(`${name} ${status}: no schema`);
        if (/^4/.test(status) && !content.some(([, media]) => JSON.stringify(media.schema) === '{"$ref":"#/components/schemas/ApiErrorBody"}')) missing.push(`${name} ${status}: not the error body`);
      }
    }
    expect(missing).toEqual([]);
    // Every reference, anywhere in the document, names a schema it holds.
    const references = [...JSON.stringify(document).matchAll(/"\$ref":"#\/components\/schemas\/([^"]+)"/g)].map((match) => match[1]);
    expect(references.filter((name) => !document.components.schemas[name])).toEqual([]);

    // And what the routes answer has what their schema requires.
    const municipalityId = (await insertMunicipality(t.dataSource, { nameLocal: 'Bursa', nameEn: 'Bursa' })).id;
    const schemaOf = (path: string) => {
      const ref = (document.paths[path].get.responses['200'].content!['application/json'].schema as { $ref: string }).$ref;
      return document.components.schemas[ref.split('/').pop()!];
    };
    for (const [path, url] of [['/api/v1/search', '/api/v1/search?q=x'], ['/api/health', '/api/health'], ['/api/v1/municipalities/{id}', `/api/v1/municipalities/${municipalityId}`]] as const) {
      const body = (await t.http.get(url)).body as Record<string, unknown>;
      expect(schemaOf(path).required?.filter((key) => !(key in body))).toEqual([]);
      expect(schemaOf(path).required?.length).toBeGreaterThan(2);
    }
  });

  it('answers a malformed JSON body with 400, not 500', async () => {
    const response = await t.http.post('/api/v1/municipalities').set('content-type', 'application/json').send('{"name":');
    expect(response.status).toBe(400);
    expect(response.body.code).toBe('bad_request');
  });
});
