import { readFile, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { findFreePort } from '../src/local-services/local-service';
import { startPackagedMeilisearch } from '../src/local-services/packaged-meilisearch';
import { SearchRepository, searchKeyUid } from '../src/search/search.repository';
import { completeContent, insertCaseStudy } from './factories/case-study.factory';
import { insertMunicipality } from './factories/municipality.factory';
import { type TestApp, createTestApp } from './support/test-app';
import { waitUntil } from './support/wait';

describe('SearchRepository against the real Meilisearch', () => {
  let t: TestApp;
  let search: SearchRepository;

  beforeAll(async () => {
    t = await createTestApp();
    search = t.app.get(SearchRepository);
  });

  afterAll(() => t.close());

  it('creates an index under this portal’s prefix, once', async () => {
    // The portal makes its own indexes as it starts; this one is new.
    expect(await search.listIndexNames()).not.toContain(`${t.config.searchIndexPrefix}probe`);
    await search.ensureIndex('probe', 'id');
    await search.ensureIndex('probe', 'id');
    const names = await search.listIndexNames();
    expect(names.filter((name) => name.endsWith('probe'))).toEqual([`${t.config.searchIndexPrefix}probe`]);
    expect(names.every((name) => name.startsWith(t.config.searchIndexPrefix))).toBe(true);
  });

  describe('its search key', () => {
    const meilisearch = (urlPath: string, key: string, init: RequestInit = {}) =>
      fetch(`${t.config.meiliHost}${urlPath}`, { ...init, headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${key}` } });

    it('is one key of its own, the same at every call, that searches this portal’s indexes and writes nothing', async () => {
      await search.ensureIndex('case_studies', 'id');
      const key = (await search.ensureSearchKey())!;
      expect(key).toEqual(expect.any(String));
      expect(key).not.toBe(t.config.meiliMasterKey);
      expect(await search.ensureSearchKey()).toBe(key);
      const index = `/indexes/${t.config.searchIndexPrefix}case_studies`;

      expect((await meilisearch(`${index}/search`, key, { method: 'POST', body: '{"q":""}' })).status).toBe(200);
      const write = await meilisearch(`${index}/documents`, key, { method: 'POST', body: JSON.stringify([{ id: 'written-with-the-search-key' }]) });
      expect(write.status).toBe(403);
      for (const [method, urlPath, body] of [
        ['DELETE', index, undefined],
        ['PATCH', `${index}/settings`, '{"searchableAttributes":["id"]}'],
        ['GET', '/keys', undefined],
        ['POST', '/indexes', '{"uid":"made_with_the_search_key"}'],
        ['POST', '/indexes/another_portal_case_studies/search', '{"q":""}'],
      ] as const) {
        expect({ method, urlPath, status: (await meilisearch(urlPath, key, { method, body })).status }).toEqual({ method, urlPath, status: 403 });
      }
    });

    it('is the key the portal searches with: without it searches fall back to PostgreSQL, then it is made again', async () => {
      const town = await insertMunicipality(t.dataSource);
      await insertCaseStudy(t.dataSource, { municipalityId: town.id, status: 'published', content: completeContent({ title: 'Rooftop rainwater tanks' }) });
      // Found by Meilisearch itself, not by the fallback while it is still indexing (or slow under load).
      await waitUntil('the case study to be searchable', async () => {
        const { body } = await t.http.get('/api/v1/search?q=rainwater');
        return body.total === 1 && body.degraded === false;
      });

      expect((await meilisearch(`/keys/${searchKeyUid(t.config.searchIndexPrefix)}`, t.config.meiliMasterKey!, { method: 'DELETE' })).status).toBe(204);
      expect((await t.http.get('/api/v1/search?q=rainwater')).body).toMatchObject({ degraded: true, total: 1 });
      expect((await t.http.get('/api/v1/search?q=rainwater')).body).toMatchObject({ degraded: false, total: 1 });
    });
  });

  it('deletes an index', async () => {
    await search.ensureIndex('scratch', 'id');
    await search.deleteIndex('scratch');
    expect(await search.listIndexNames()).not.toContain(`${t.config.searchIndexPrefix}scratch`);
  });
});

describe('the packaged Meilisearch', () => {
  it('gets its master key from its environment, never from its command line, which every user can read', async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'twinning-meili-argv-'));
    const meilisearch = await startPackagedMeilisearch({ dataDir, port: await findFreePort(), log: () => undefined });
    try {
      const argv = (await readFile(`/proc/${meilisearch.pid}/cmdline`, 'utf8')).split('\0');
      expect(argv[0]).toMatch(/meilisearch/);
      expect(argv.join(' ')).not.toContain(meilisearch.masterKey);
      expect(argv).not.toContain('--master-key');
      expect((await readFile(`/proc/${meilisearch.pid}/environ`, 'utf8')).split('\0')).toContain(`MEILI_MASTER_KEY=${meilisearch.masterKey}`);
      // And the server holds it: the keys need it, and refuse anyone without it.
      expect((await fetch(`${meilisearch.host}/keys`, { headers: { Authorization: `Bearer ${meilisearch.masterKey}` } })).status).toBe(200);
      expect((await fetch(`${meilisearch.host}/keys`)).status).toBe(401);
    } finally {
      await meilisearch.stop();
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
