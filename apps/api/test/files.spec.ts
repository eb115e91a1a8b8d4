import { ApiRoutes, type CaseStudyDetail, type CaseStudyFiles, type CaseStudyRevision, type SearchResponse } from '@twinning/contracts';
import sharp from 'sharp';
import { toPagination } from '../src/common/dto/page-query.dto';
import { FILE_STORAGE, type FileStorage } from '../src/files/file-storage';
import { type MunicipalityEntity } from '../src/municipalities/municipality.entity';
import { PostgresSearchRepository } from '../src/search/postgres-search.repository';
import { completeContent, insertCaseStudy } from './factories/case-study.factory';
import { docxBytes, jpegWithGps, odsBytes, pdfBytes, pngPhoto } from './factories/file.factory';
import { insertMunicipality } from './factories/municipality.factory';
import { insertUser } from './factories/user.factory';
import { startSession, type TestSession, withSession } from './support/sessions';
import { type TestApp, createTestApp } from './support/test-app';
import { waitUntil } from './support/wait';

/** Meilisearch takes its time on a loaded machine: how long a change may take to reach a search hit. */
const SEARCH_WAIT_MS = 90_000;

describe('pictures and documents of case studies', () => {
  let t: TestApp;
  let bursa: MunicipalityEntity;
  let staff: TestSession;
  let otherStaff: TestSession;
  let moderator: TestSession;
  let storage: FileStorage;

  beforeAll(async () => {
    // A small quota, so that the quota test needs only a few megabytes.
    t = await createTestApp({ FILE_QUOTA_MB_PER_TOWN: '2' });
    bursa = await insertMunicipality(t.dataSource, { nameLocal: 'Bursa', nameEn: 'Bursa', kind: 'metropolitan' });
    const darmstadt = await insertMunicipality(t.dataSource, { nameLocal: 'Darmstadt', nameEn: 'Darmstadt', country: 'DE', kind: 'town' });
    staff = await startSession(t, (await insertUser(t.dataSource, { municipalityId: bursa.id })).id);
    otherStaff = await startSession(t, (await insertUser(t.dataSource, { municipalityId: darmstadt.id })).id);
    moderator = await startSession(t, (await insertUser(t.dataSource, { role: 'moderator' })).id);
    storage = t.app.get<FileStorage>(FILE_STORAGE);
  });

  afterAll(() => t.close());

  const upload = (caseStudyId: string, file: Buffer, name: string, fields: Record<string, string> = {}, session: TestSession | null = staff) => {
    let test = withSession(t.http.post(ApiRoutes.caseStudyFiles(caseStudyId)), session ?? undefined).attach('file', file, name);
    for (const [field, value] of Object.entries(fields)) test = test.field(field, value);
    return test;
  };
  const get = (url: string, session?: TestSession) => withSession(t.http.get(url), session).buffer(true).parse((response, done) => {
    const chunks: Buffer[] = [];
    response.on('data', (chunk: Buffer) => chunks.push(chunk));
    response.on('end', () => done(null, Buffer.concat(chunks)));
  });

  async function draft(): Promise<string> {
    return (await insertCaseStudy(t.dataSource, { municipalityId: bursa.id, content: completeContent({ partnerMunicipalityIds: [] }) })).caseStudy.id;
  }

  async function published(title = 'Tram stops with shade trees'): Promise<string> {
    return (await insertCaseStudy(t.dataSource, { municipalityId: bursa.id, status: 'published', content: completeContent({ title, partnerMunicipalityIds: [] }) })).caseStudy.id;
  }

  async function storedKeys(): Promise<string[]> {
    return (await storage.list()).sort();
  }

  describe('refused uploads store nothing', () => {
    it('reads the type from the content: a .jpg of PDF bytes is a document, a .jpg of HTML is refused', async () => {
      const id = await draft();
      const before = await storedKeys();
      const html = await upload(id, Buffer.from('<!doctype html><html><script>alert(document.cookie)</script></html>'), 'holiday.jpg', { altText: 'A square' });
      expect(html.status).toBe(415);
      expect(html.body.code).toBe('unsupported_file_type');
      const exe = await upload(id, Buffer.from('MZ\x90\x00\x03'), 'report.pdf', { title: 'Report' });
      expect(exe.status).toBe(415);
      expect(await storedKeys()).toEqual(before);

      // PDF bytes named .jpg: stored and served as the PDF they are, as a download.
      const pdf = await upload(id, pdfBytes(), 'photo.jpg', { altText: 'ignored', title: 'Budget plan' });
      expect(pdf.status).toBe(201);
      const files = pdf.body as CaseStudyFiles;
      expect(files.photos).toEqual([]);
      expect(files.documents).toEqual([expect.objectContaining({ title: 'Budget plan', contentType: 'application/pdf' })]);
      const download = await get(ApiRoutes.fileContent(files.documents[0].id, 'original'), staff);
      expect(download.status).toBe(200);
      expect(download.headers['content-type']).toBe('application/pdf');
      expect(download.headers['content-disposition']).toBe('attachment; filename="Budget plan.pdf"');
      expect(download.headers['x-content-type-options']).toBe('nosniff');
      expect((download.body as Buffer).subarray(0, 5).toString()).toBe('%PDF-');
      // A document has no small or large size.
      expect((await get(ApiRoutes.fileContent(files.documents[0].id, 'small'), staff)).status).toBe(404);
    });

    it('takes Office and OpenDocument files, named by their content', async () => {
      const id = await draft();
      const docx = await upload(id, docxBytes(), 'plan.bin', { title: 'Plan' });
      expect(docx.status).toBe(201);
      const ods = await upload(id, odsBytes(), 'figures.xlsx');
      expect(ods.status).toBe(201);
      const documents = (ods.body as CaseStudyFiles).documents;
      expect(documents.map((document) => document.contentType)).toEqual([
        'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        'application/vnd.oasis.opendocument.spreadsheet',
      ]);
      // The download carries the extension of what the content is, not the uploaded name's.
      const download = await get(ApiRoutes.fileContent(documents[1].id, 'original'), staff);
      expect(download.headers['content-disposition']).toBe('attachment; filename=figures.ods');
    });

    it('refuses a photo over 10 MB and a document over 25 MB', async () => {
      const id = await draft();
      const before = await storedKeys();
      const bigPhoto = Buffer.concat([await jpegWithGps(16, 16), Buffer.alloc(10 * 1024 * 1024)]);
      const photo = await upload(id, bigPhoto, 'big.jpg', { altText: 'Too big' });
      expect(photo.status).toBe(413);
      expect(photo.body.code).toBe('file_too_large');
      const document = await upload(id, pdfBytes(25 * 1024 * 1024 + 1), 'big.pdf');
      expect(document.status).toBe(413);
      expect(await storedKeys()).toEqual(before);
    });

    it('needs alt text for a photo, and a file', async () => {
      const id = await draft();
      const missing = await upload(id, await pngPhoto(), 'square.png', { caption: 'The square' });
      expect(missing.status).toBe(400);
      expect(missing.body.details).toEqual([expect.objectContaining({ field: 'altText' })]);
      const blank = await upload(id, await pngPhoto(), 'square.png', { altText: '   ' });
      expect(blank.status).toBe(400);
      const noFile = await withSession(t.http.post(ApiRoutes.caseStudyFiles(id)), staff).field('altText', 'x');
      expect(noFile.status).toBe(400);
      expect(noFile.body.details).toEqual([expect.objectContaining({ field: 'file' })]);
    });

    it('lets only the town’s own staff upload', async () => {
      const id = await draft();
      expect((await upload(id, pdfBytes(), 'a.pdf', {}, otherStaff)).status).toBe(404);
      expect((await upload(id, pdfBytes(), 'a.pdf', {}, null)).status).toBe(401);
      const publicOne = await published('A public practice');
      expect((await upload(publicOne, pdfBytes(), 'a.pdf', {}, otherStaff)).status).toBe(403);
      expect((await upload(publicOne, pdfBytes(), 'a.pdf', {}, moderator)).status).toBe(403);
    });
  });

  it('strips EXIF and GPS from a stored photo, in every size', async () => {
    const id = await draft();
    const original = await jpegWithGps(2400, 1600);
    expect((await sharp(original).metadata()).exif).toBeDefined();
    const response = await upload(id, original, 'IMG_0042.jpg', { altText: 'Children planting trees by the tram stop', caption: 'Spring 2024' });
    expect(response.status).toBe(201);
    const [photo] = (response.body as CaseStudyFiles).photos;
    expect(photo).toMatchObject({ altText: 'Children planting trees by the tram stop', caption: 'Spring 2024', width: 1600, height: 1067 });
    for (const variant of ['small', 'large'] as const) {
      const served = await get(ApiRoutes.fileContent(photo.id, variant), staff);
      expect(served.status).toBe(200);
      expect(served.headers['content-type']).toBe('image/webp');
      expect(served.headers['content-disposition']).toBeUndefined();
      const metadata = await sharp(served.body as Buffer).metadata();
      expect(metadata.format).toBe('webp');
      expect(metadata.exif).toBeUndefined();
      expect(metadata.xmp).toBeUndefined();
      expect((served.body as Buffer).includes(Buffer.from('TestCamera'))).toBe(false);
      expect(metadata.width).toBe(variant === 'small' ? 480 : 1600);
    }
  });

  it('serves a draft’s files only to its town’s staff and the moderators', async () => {
    const id = await draft();
    const files = (await upload(id, await pngPhoto(), 'p.png', { altText: 'The harbour' })).body as CaseStudyFiles;
    const pdf = ((await upload(id, pdfBytes(), 'minutes.pdf')).body as CaseStudyFiles).documents[0];
    for (const url of [ApiRoutes.fileContent(files.photos[0].id, 'large'), ApiRoutes.fileContent(pdf.id, 'original')]) {
      expect((await get(url)).status).toBe(404);
      expect((await get(url, otherStaff)).status).toBe(404);
      const own = await get(url, staff);
      expect(own.status).toBe(200);
      expect(own.headers['cache-control']).toBe('private, no-store');
      expect((await get(url, moderator)).status).toBe(200);
    }
  });

  it('keeps an anonymous case study’s documents from readers who may not know its town', async () => {
    const { caseStudy } = await insertCaseStudy(t.dataSource, {
      municipalityId: bursa.id,
      status: 'published',
      publishAnonymously: true,
      content: completeContent({ title: 'Shade sails nobody kept up', partnerMunicipalityIds: [] }),
    });
    // A document's metadata and text may name the town; the portal neither strips nor reviews them.
    const pdf = ((await upload(caseStudy.id, pdfBytes(), 'minutes.pdf', { title: 'Minutes of Bursa council' })).body as CaseStudyFiles).documents[0];
    const photo = ((await upload(caseStudy.id, await pngPhoto(), 'p.png', { altText: 'A square in summer' })).body as CaseStudyFiles).photos[0];
    for (const reader of [undefined, otherStaff]) {
      const detail = (await withSession(t.http.get(ApiRoutes.caseStudy(caseStudy.id)), reader)).body as CaseStudyDetail;
      expect(detail.files.documents).toEqual([]);
      expect(detail.files.photos.map((file) => file.id)).toEqual([photo.id]);
      expect((await get(ApiRoutes.fileContent(pdf.id, 'original'), reader)).status).toBe(404);
      expect((await get(ApiRoutes.fileContent(photo.id, 'large'), reader)).status).toBe(200);
    }
    for (const reader of [staff, moderator]) {
      expect(((await withSession(t.http.get(ApiRoutes.caseStudy(caseStudy.id)), reader)).body as CaseStudyDetail).files.documents.map((file) => file.id)).toEqual([pdf.id]);
      expect((await get(ApiRoutes.fileContent(pdf.id, 'original'), reader)).status).toBe(200);
    }
  });

  it('shows the cover on the page, the cards and the search hit, and takes it away with the file', async () => {
    const id = await published('Solar roofs on school buildings');
    const first = (await upload(id, await pngPhoto(), 'roof.png', { altText: 'Panels on a school roof' })).body as CaseStudyFiles;
    // The first photo becomes the cover by itself.
    expect(first.cover).toEqual({ id: first.photos[0].id, altText: 'Panels on a school roof' });
    const second = (await upload(id, await jpegWithGps(800, 600), 'class.jpg', { altText: 'Pupils reading the meter', cover: 'true' })).body as CaseStudyFiles;
    const cover = { id: second.photos[1].id, altText: 'Pupils reading the meter' };
    expect(second.cover).toEqual(cover);

    const detail = (await t.http.get(ApiRoutes.caseStudy(id))).body as CaseStudyDetail;
    expect(detail.files.cover).toEqual(cover);
    expect(detail.files.photos).toHaveLength(2);
    const list = (await t.http.get(ApiRoutes.caseStudies)).body as { items: { id: string; cover: unknown }[] };
    expect(list.items.find((item) => item.id === id)?.cover).toEqual(cover);
    const served = await get(ApiRoutes.fileContent(cover.id, 'small'));
    expect(served.status).toBe(200);
    expect(served.headers['cache-control']).toBe('public, max-age=300');

    const searchHit = async () => ((await t.http.get(ApiRoutes.search).query({ q: 'solar roofs' })).body as SearchResponse).hits.find((hit) => hit.id === id);
    await waitUntil('the search hit shows the cover', async () => JSON.stringify((await searchHit())?.cover) === JSON.stringify(cover), SEARCH_WAIT_MS);
    // PostgreSQL's fallback reads the cover from the same columns.
    const fallback = await t.app.get(PostgresSearchRepository).search({ q: 'solar roofs' }, toPagination({}), ['<em>', '</em>'], false);
    expect(fallback.rows.find((row) => row.id === id)?.cover).toEqual(cover);

    const before = await storedKeys();
    const removed = await withSession(t.http.delete(ApiRoutes.caseStudyFile(id, cover.id)), staff);
    expect(removed.status).toBe(200);
    expect((removed.body as CaseStudyFiles).cover).toBeNull();
    expect(await storedKeys()).toEqual(before.filter((key) => !key.startsWith(cover.id)));
    expect((await get(ApiRoutes.fileContent(cover.id, 'small'))).status).toBe(404);
    await waitUntil('the search hit loses the cover', async () => (await searchHit())?.cover === null, SEARCH_WAIT_MS);

    const again = await withSession(t.http.patch(ApiRoutes.caseStudyFile(id, first.photos[0].id)), staff).send({ cover: true, altText: 'Solar panels on the roof of a primary school' });
    expect((again.body as CaseStudyFiles).cover).toEqual({ id: first.photos[0].id, altText: 'Solar panels on the roof of a primary school' });
  }, 3 * SEARCH_WAIT_MS);

  it('refuses uploads past the town’s quota, and counts removals back', async () => {
    const id = await draft();
    const used = Number((await t.dataSource.query(`SELECT coalesce(sum(f.byte_size), 0) AS bytes FROM case_study_files f JOIN case_studies cs ON cs.id = f.case_study_id WHERE cs.municipality_id = $1`, [bursa.id]))[0].bytes);
    const remaining = 2 * 1024 * 1024 - used;
    const fits = await upload(id, pdfBytes(remaining - 1000), 'fits.pdf');
    expect(fits.status).toBe(201);
    const before = await storedKeys();
    const over = await upload(id, pdfBytes(2000), 'over.pdf');
    expect(over.status).toBe(413);
    expect(over.body.code).toBe('storage_quota_exceeded');
    expect(await storedKeys()).toEqual(before);
    await withSession(t.http.delete(ApiRoutes.caseStudyFile(id, (fits.body as CaseStudyFiles).documents[0].id)), staff).expect(200);
    expect((await upload(id, pdfBytes(2000), 'now-fits.pdf')).status).toBe(201);
  });

  describe('the files go with their case study', () => {
    let town: MunicipalityEntity;
    let townStaff: TestSession;
    let admin: TestSession;

    beforeAll(async () => {
      town = await insertMunicipality(t.dataSource, { nameLocal: 'Gizlikent', nameEn: 'Hiddenton', kind: 'district' });
      townStaff = await startSession(t, (await insertUser(t.dataSource, { municipalityId: town.id })).id);
      admin = await startSession(t, (await insertUser(t.dataSource, { role: 'admin' })).id);
    });

    const caseStudyOfTown = async (status: 'draft' | 'submitted' | 'published', extra: { publishAnonymously?: boolean; content?: Parameters<typeof completeContent>[0] } = {}) =>
      (await insertCaseStudy(t.dataSource, { municipalityId: town.id, status, publishAnonymously: extra.publishAnonymously, content: completeContent({ partnerMunicipalityIds: [], ...extra.content }) })).caseStudy.id;
    const withFiles = async (id: string) => {
      const photo = await upload(id, await pngPhoto(), 'pier.png', { altText: 'The pier at dusk', caption: 'The ferry pier' }, townStaff);
      const document = await upload(id, pdfBytes(), 'decision.pdf', { title: 'Council decision' }, townStaff);
      expect([photo.status, document.status]).toEqual([201, 201]);
      const files = document.body as CaseStudyFiles;
      return [files.photos[0].id, files.documents[0].id];
    };
    const rowCount = async (table: string, id: string) => (await t.dataSource.query(`SELECT count(*)::int AS count FROM ${table} WHERE case_study_id = $1`, [id]))[0].count as number;

    it('deletes a draft never published for its town’s staff, with the stored bytes of its pictures and documents', async () => {
      const id = await caseStudyOfTown('draft');
      const fileIds = await withFiles(id);
      const kept = (await storedKeys()).filter((key) => !fileIds.some((fileId) => key.startsWith(fileId)));
      expect((await storedKeys()).filter((key) => fileIds.some((fileId) => key.startsWith(fileId)))).toHaveLength(3);

      // Another town's staff cannot even see it; a moderator sees it but deletes nothing.
      expect((await withSession(t.http.delete(ApiRoutes.caseStudy(id)), otherStaff)).status).toBe(404);
      expect((await withSession(t.http.delete(ApiRoutes.caseStudy(id)), moderator)).status).toBe(403);
      expect(await rowCount('case_study_files', id)).toBe(2);

      expect((await withSession(t.http.delete(ApiRoutes.caseStudy(id)), townStaff)).status).toBe(204);
      expect(await storedKeys()).toEqual(kept);
      expect(await rowCount('case_study_files', id)).toBe(0);
      expect((await withSession(t.http.get(ApiRoutes.caseStudy(id)), townStaff)).status).toBe(404);
      expect((await get(ApiRoutes.fileContent(fileIds[1], 'original'), townStaff)).status).toBe(404);
      const [audit] = await t.dataSource.query(`SELECT action, before FROM audit_events WHERE entity_id = $1 AND action = 'case_study.deleted'`, [id]);
      expect(audit.before).toMatchObject({ status: 'draft', fileCount: 2 });
      expect((await withSession(t.http.delete(ApiRoutes.caseStudy(id)), townStaff)).status).toBe(404);
    });

    it('refuses its town’s staff a case study that was published or waits for a moderator, and changes nothing', async () => {
      for (const status of ['published', 'submitted'] as const) {
        const id = await caseStudyOfTown(status);
        const fileIds = await withFiles(id);
        const before = await storedKeys();
        const refused = await withSession(t.http.delete(ApiRoutes.caseStudy(id)), townStaff);
        expect({ status: refused.status, code: refused.body.code }).toEqual({ status: 409, code: 'invalid_transition' });
        expect(await storedKeys()).toEqual(before);
        expect(await rowCount('case_study_files', id)).toBe(2);
        expect(before.filter((key) => key.startsWith(fileIds[0]))).toHaveLength(2);
      }
    });

    it('lets an admin delete a published case study, bytes and search hit with it, and audits it', async () => {
      const id = await caseStudyOfTown('published', { content: { title: 'Floating market on the ferry pier' } });
      const fileIds = await withFiles(id);
      const searchHit = async () => ((await t.http.get(ApiRoutes.search).query({ q: 'floating market ferry' })).body as SearchResponse).hits.find((hit) => hit.id === id);
      await waitUntil('the search finds it', async () => (await searchHit()) !== undefined, SEARCH_WAIT_MS);

      expect((await withSession(t.http.delete(ApiRoutes.caseStudy(id)), admin)).status).toBe(204);
      expect((await storedKeys()).filter((key) => fileIds.some((fileId) => key.startsWith(fileId)))).toEqual([]);
      expect((await t.dataSource.query(`SELECT count(*)::int AS count FROM case_studies WHERE id = $1`, [id]))[0].count).toBe(0);
      const [audit] = await t.dataSource.query(`SELECT actor_id, before FROM audit_events WHERE entity_id = $1 AND action = 'case_study.deleted'`, [id]);
      expect(audit.before).toMatchObject({ status: 'published', title: 'Floating market on the ferry pier', municipalityId: town.id, fileCount: 2 });
      await waitUntil('the search forgets it', async () => (await searchHit()) === undefined, SEARCH_WAIT_MS);
    }, 3 * SEARCH_WAIT_MS);

    it('flags, in the review of an anonymous revision, the pictures and documents whose descriptions name the town, and refuses none', async () => {
      const id = await caseStudyOfTown('submitted', {
        publishAnonymously: true,
        content: { outcome: 'failure', failureCauses: [{ cause: 'funding', note: 'The grant ended.' }], failureStage: 'operation' },
      });
      const named = await upload(id, await pngPhoto(), 'pier.png', { altText: 'The pier of Gizlikent at dusk', caption: 'Ferries to HIDDENTON' }, townStaff);
      expect(named.status).toBe(201);
      const plain = await upload(id, await pngPhoto(), 'bus.png', { altText: 'A night bus' }, townStaff);
      const document = await upload(id, pdfBytes(), 'decision.pdf', { title: 'Gizlikent council decision' }, townStaff);
      expect([plain.status, document.status]).toEqual([201, 201]);
      const files = document.body as CaseStudyFiles;
      const photoId = files.photos.find((photo) => photo.altText.includes('Gizlikent'))!.id;

      const [revision] = (await withSession(t.http.get(`/api/v1/case-studies/${id}/revisions`), moderator)).body as { id: string }[];
      const review = (await withSession(t.http.get(`/api/v1/case-studies/${id}/revisions/${revision.id}`), moderator)).body as CaseStudyRevision;
      expect(review.identifyingFiles).toEqual([
        {
          fileId: photoId,
          kind: 'photo',
          texts: { altText: 'The pier of Gizlikent at dusk', caption: 'Ferries to HIDDENTON', title: '' },
          terms: [
            { text: 'Gizlikent', kind: 'town', fields: ['altText'] },
            { text: 'HIDDENTON', kind: 'town', fields: ['caption'] },
          ],
        },
        { fileId: files.documents[0].id, kind: 'document', texts: { altText: '', caption: '', title: 'Gizlikent council decision' }, terms: [{ text: 'Gizlikent', kind: 'town', fields: ['title'] }] },
      ]);
      // A named case study's review flags nothing.
      const namedId = await caseStudyOfTown('submitted');
      await upload(namedId, pdfBytes(), 'decision.pdf', { title: 'Gizlikent council decision' }, townStaff).expect(201);
      const [namedRevision] = (await withSession(t.http.get(`/api/v1/case-studies/${namedId}/revisions`), moderator)).body as { id: string }[];
      expect(((await withSession(t.http.get(`/api/v1/case-studies/${namedId}/revisions/${namedRevision.id}`), moderator)).body as CaseStudyRevision).identifyingFiles).toEqual([]);
    });
  });
});
