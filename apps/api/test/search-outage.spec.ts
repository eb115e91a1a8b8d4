import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { findFreePort } from '../src/local-services/local-service';
import { type PackagedMeilisearch, startPackagedMeilisearch } from '../src/local-services/packaged-meilisearch';
import { completeContent, insertCaseStudy } from './factories/case-study.factory';
import { insertMunicipality } from './factories/municipality.factory';
import { insertUser } from './factories/user.factory';
import { startSession, withSession } from './support/sessions';
import { type TestApp, createTestApp } from './support/test-app';
import { waitUntil } from './support/wait';

/** A Meilisearch of this file's own, so it can be stopped and started again. */
describe('when Meilisearch goes away during publishes', () => {
  let dataDir: string;
  let port: number;
  let meilisearch: PackagedMeilisearch | undefined;
  let t: TestApp;

  const start = async () => {
    meilisearch = await startPackagedMeilisearch({ dataDir, port, log: () => undefined });
  };

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'twinning-meili-outage-'));
    port = await findFreePort();
    await start();
    t = await createTestApp({ MEILI_HOST: meilisearch!.host, MEILI_MASTER_KEY: meilisearch!.masterKey });
  });

  afterAll(async () => {
    await t.close().catch(() => undefined);
    await meilisearch?.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('keeps every change in the outbox, then delivers each exactly once when it is back', async () => {
    const town = await insertMunicipality(t.dataSource, { nameLocal: 'Trabzon', nameEn: 'Trabzon', kind: 'metropolitan' });
    const moderator = await startSession(t, (await insertUser(t.dataSource, { role: 'moderator' })).id);
    const submitted = [];
    for (let n = 1; n <= 5; n++) {
      submitted.push(await insertCaseStudy(t.dataSource, { municipalityId: town.id, status: 'submitted', content: completeContent({ title: `Coastal path lighting, phase ${n}` }) }));
    }

    await meilisearch!.stop();
    for (const { revision } of submitted) {
      const decided = await withSession(t.http.post(`/api/v1/moderation/revisions/${revision!.id}/decision`), moderator).send({ decision: 'approve', comment: '', sectionComments: {} });
      expect(decided.status).toBe(200);
    }
    const whileDown = (await t.http.get('/api/health')).body;
    expect(whileDown.services.meilisearch.status).toBe('down');
    expect(whileDown.searchOutbox.pending).toBe(5);
    // PostgreSQL answers meanwhile, and says so.
    const degraded = await t.http.get('/api/v1/search?q=lighting&per_page=20');
    expect(degraded.status).toBe(200);
    expect(degraded.body).toMatchObject({ degraded: true, total: 5 });

    await start();
    await waitUntil('the outbox to catch up', async () => (await t.http.get('/api/health')).body.searchOutbox.pending === 0, 30_000);
    const found = (await t.http.get('/api/v1/search?q=lighting&per_page=20')).body;
    expect(found).toMatchObject({ degraded: false, total: 5 });
    expect(found.hits.map((hit: { id: string }) => hit.id).sort()).toEqual(submitted.map(({ caseStudy }) => caseStudy.id).sort());
    expect((await t.http.get('/api/health')).body).toMatchObject({ status: 'ok', searchOutbox: { pending: 0, parked: 0 } });
  });
});
