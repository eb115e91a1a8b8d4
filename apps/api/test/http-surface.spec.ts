import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
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

  it('answers a malformed JSON body with 400, not 500', async () => {
    const response = await t.http.post('/api/v1/municipalities').set('content-type', 'application/json').send('{"name":');
    expect(response.status).toBe(400);
    expect(response.body.code).toBe('bad_request');
  });
});
