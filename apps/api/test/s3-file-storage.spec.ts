import { mkdtemp, rm } from 'node:fs/promises';
import { type AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { ApiRoutes, type CaseStudyFiles } from '@twinning/contracts';
import sharp from 'sharp';
import { S3FileStorage } from '../src/files/file-storage';
import { completeContent, insertCaseStudy } from './factories/case-study.factory';
import { jpegWithGps, pdfBytes } from './factories/file.factory';
import { insertMunicipality } from './factories/municipality.factory';
import { insertUser } from './factories/user.factory';
import { startSession, withSession } from './support/sessions';
import { type TestApp, createTestApp } from './support/test-app';

// s3rver ships no types: the little of it used here.
interface S3rverServer {
  run(): Promise<AddressInfo>;
  close(): Promise<void>;
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const S3rver = require('s3rver') as new (options: object) => S3rverServer;

const BUCKET = 'twinning-files';

/** The S3 driver against a real S3-protocol server (s3rver) on this machine's loopback. */
describe('file storage in an S3-compatible bucket', () => {
  let directory: string;
  let server: S3rverServer;
  let endpoint: string;
  let storage: S3FileStorage;

  beforeAll(async () => {
    directory = await mkdtemp(path.join(os.tmpdir(), 's3rver-'));
    server = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory, configureBuckets: [{ name: BUCKET }] });
    const address = await server.run();
    endpoint = `http://127.0.0.1:${address.port}`;
    storage = new S3FileStorage({ driver: 's3', bucket: BUCKET, region: 'us-east-1', endpoint, forcePathStyle: true, accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' });
  });

  afterAll(async () => {
    storage.close();
    await server.close();
    await rm(directory, { recursive: true, force: true });
  });

  it('puts, gets, lists and deletes objects by key', async () => {
    const key = '0b7f1c2e-8a4d-4e0f-9a51-3c2d1e0f4a5b/original';
    const other = '0b7f1c2e-8a4d-4e0f-9a51-3c2d1e0f4a5b/small';
    const body = Buffer.concat([pdfBytes(), Buffer.from([0, 255, 128])]);
    await storage.put(key, body, 'application/pdf');
    await storage.put(other, Buffer.from('webp'), 'image/webp');
    expect((await storage.get(key))?.equals(body)).toBe(true);
    expect((await storage.list()).sort()).toEqual([key, other].sort());
    await storage.delete([key, other, '11111111-2222-4333-8444-555555555555/large']);
    expect(await storage.get(key)).toBeNull();
    expect(await storage.list()).toEqual([]);
  });

  it('refuses a key the API would never make', async () => {
    await expect(storage.put('../../etc/passwd', Buffer.from('x'), 'text/plain')).rejects.toThrow(/Not a file key/);
  });

  describe('the API configured with S3_BUCKET', () => {
    let t: TestApp;

    beforeAll(async () => {
      t = await createTestApp({ S3_BUCKET: BUCKET, S3_ENDPOINT: endpoint, S3_ACCESS_KEY_ID: 'S3RVER', S3_SECRET_ACCESS_KEY: 'S3RVER' });
    });

    afterAll(() => t.close());

    it('stores an uploaded photo in the bucket, without its metadata, and serves it from there', async () => {
      const town = await insertMunicipality(t.dataSource, { nameLocal: 'Bursa', nameEn: 'Bursa' });
      const session = await startSession(t, (await insertUser(t.dataSource, { municipalityId: town.id })).id);
      const { caseStudy } = await insertCaseStudy(t.dataSource, { municipalityId: town.id, content: completeContent({ partnerMunicipalityIds: [] }) });
      const response = await withSession(t.http.post(ApiRoutes.caseStudyFiles(caseStudy.id)), session)
        .field('altText', 'The market hall')
        .attach('file', await jpegWithGps(900, 600), 'market.jpg');
      expect(response.status).toBe(201);
      const photoId = (response.body as CaseStudyFiles).photos[0].id;
      expect((await storage.list()).sort()).toEqual([`${photoId}/large`, `${photoId}/small`]);
      const stored = (await storage.get(`${photoId}/large`))!;
      expect((await sharp(stored).metadata()).exif).toBeUndefined();
      const served = await withSession(t.http.get(ApiRoutes.fileContent(photoId, 'large')), session).buffer(true);
      expect(served.status).toBe(200);
      expect(Buffer.from(served.body as Buffer).equals(stored)).toBe(true);
    });

    it('removes a deleted draft’s objects from the bucket', async () => {
      const town = await insertMunicipality(t.dataSource, { nameLocal: 'Gemlik', nameEn: 'Gemlik' });
      const session = await startSession(t, (await insertUser(t.dataSource, { municipalityId: town.id })).id);
      const { caseStudy } = await insertCaseStudy(t.dataSource, { municipalityId: town.id, content: completeContent({ partnerMunicipalityIds: [] }) });
      const photo = await withSession(t.http.post(ApiRoutes.caseStudyFiles(caseStudy.id)), session).field('altText', 'The harbour').attach('file', await jpegWithGps(600, 400), 'harbour.jpg');
      const document = await withSession(t.http.post(ApiRoutes.caseStudyFiles(caseStudy.id)), session).field('title', 'Plan').attach('file', pdfBytes(), 'plan.pdf');
      expect([photo.status, document.status]).toEqual([201, 201]);
      const files = document.body as CaseStudyFiles;
      const keys = [`${files.photos[0].id}/large`, `${files.photos[0].id}/small`, `${files.documents[0].id}/original`];
      expect(await storage.list()).toEqual(expect.arrayContaining(keys));

      expect((await withSession(t.http.delete(ApiRoutes.caseStudy(caseStudy.id)), session)).status).toBe(204);
      const left = await storage.list();
      expect(left.filter((key) => keys.includes(key))).toEqual([]);
      expect(left.length).toBeGreaterThan(0);
    });
  });
});
