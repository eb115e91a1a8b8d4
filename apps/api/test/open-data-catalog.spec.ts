import jsonld from 'jsonld';
import { completeContent, insertCaseStudy } from './factories/case-study.factory';
import { insertMunicipality } from './factories/municipality.factory';
import { type TestApp, createTestApp } from './support/test-app';
import { waitUntil } from './support/wait';

const DCAT = 'http://www.w3.org/ns/dcat#';
const DCT = 'http://purl.org/dc/terms/';
const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';

interface Quad {
  subject: { value: string };
  predicate: { value: string };
  object: { value: string; language?: string };
}

/** A loader that refuses every fetch: the document must be readable with nothing downloaded. */
const noNetwork = async (url: string): Promise<never> => {
  throw new Error(`the catalogue asked to fetch ${url}`);
};

describe('the open data described in DCAT-AP (JSON-LD)', () => {
  let t: TestApp;
  let quads: Quad[];
  let publishedAt: Date;

  const objects = (subject: string, predicate: string) => quads.filter((q) => q.subject.value === subject && q.predicate.value === predicate).map((q) => q.object);
  const ofType = (type: string) => quads.filter((q) => q.predicate.value === RDF_TYPE && q.object.value === type).map((q) => q.subject.value);

  beforeAll(async () => {
    t = await createTestApp();
    const town = await insertMunicipality(t.dataSource, { nameLocal: 'Bursa', nameEn: 'Bursa' });
    const { caseStudy } = await insertCaseStudy(t.dataSource, { municipalityId: town.id, status: 'published', content: completeContent({ title: 'Compost in every school' }) });
    publishedAt = caseStudy.publishedAt!;
    await waitUntil('the case study to be indexed', async () => (await t.http.get('/api/health')).body.searchOutbox?.pending === 0);
    const response = await t.http.get('/api/v1/open-data/catalog');
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toMatch(/^application\/ld\+json/);
    const document = JSON.parse(response.text) as object;
    quads = (await jsonld.toRDF(document, { documentLoader: noNetwork })) as unknown as Quad[];
  }, 120_000);

  afterAll(() => t?.close());

  it('parses as JSON-LD into one catalogue holding one dataset', () => {
    const [catalog] = ofType(`${DCAT}Catalog`);
    const datasets = ofType(`${DCAT}Dataset`);
    expect(ofType(`${DCAT}Catalog`)).toHaveLength(1);
    expect(datasets).toHaveLength(1);
    expect(objects(catalog, `${DCAT}dataset`).map((o) => o.value)).toEqual(datasets);
  });

  it('gives the dataset the properties DCAT-AP asks for, in English and Turkish', () => {
    const [dataset] = ofType(`${DCAT}Dataset`);
    const titles = objects(dataset, `${DCT}title`);
    expect(titles.map((o) => o.language).sort()).toEqual(['de', 'en', 'tr']);
    expect(objects(dataset, `${DCT}description`).every((o) => o.value.length > 50)).toBe(true);
    expect(objects(dataset, `${DCT}publisher`)).toHaveLength(1);
    expect(objects(dataset, `${DCAT}contactPoint`)).toHaveLength(1);
    expect(objects(dataset, `${DCAT}theme`).map((o) => o.value)).toContain('http://publications.europa.eu/resource/authority/data-theme/GOVE');
    expect(objects(dataset, `${DCT}modified`).map((o) => o.value)).toEqual([publishedAt.toISOString()]);
  });

  it('offers the CSV and JSON export as distributions under CC BY 4.0, and their addresses answer with the data', async () => {
    const [dataset] = ofType(`${DCAT}Dataset`);
    const distributions = objects(dataset, `${DCAT}distribution`).map((o) => o.value);
    expect(distributions).toHaveLength(2);
    for (const distribution of distributions) {
      expect(objects(distribution, `${RDF_TYPE}`).map((o) => o.value)).toEqual([`${DCAT}Distribution`]);
      expect(objects(distribution, `${DCT}license`).map((o) => o.value)).toEqual(['https://creativecommons.org/licenses/by/4.0/']);
      const [download] = objects(distribution, `${DCAT}downloadURL`).map((o) => o.value);
      const path = new URL(download).pathname + new URL(download).search;
      const response = await t.http.get(path);
      expect(response.status).toBe(200);
      expect(response.text).toContain('Compost in every school');
    }
    const formats = distributions.flatMap((d) => objects(d, `${DCT}format`).map((o) => o.value)).sort();
    expect(formats).toEqual(['http://publications.europa.eu/resource/authority/file-type/CSV', 'http://publications.europa.eu/resource/authority/file-type/JSON']);
  });
});
