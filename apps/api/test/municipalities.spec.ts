import { randomUUID } from 'node:crypto';
import { type MunicipalityDetail, type MunicipalitySummary, type Page } from '@twinning/contracts';
import { insertMunicipality, insertPartnership } from './factories/municipality.factory';
import { type TestApp, createTestApp } from './support/test-app';

describe('GET /api/v1/municipalities', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
    const towns = [
      { nameLocal: 'İstanbul', nameEn: 'Istanbul', kind: 'metropolitan' as const },
      { nameLocal: 'İzmir', nameEn: 'Izmir', kind: 'metropolitan' as const },
      { nameLocal: 'Şanlıurfa', nameEn: 'Sanliurfa', kind: 'metropolitan' as const },
      { nameLocal: 'Çanakkale', nameEn: 'Canakkale' },
      { nameLocal: 'Muğla', nameEn: 'Mugla', kind: 'metropolitan' as const },
      { nameLocal: 'Köln', nameEn: 'Cologne', country: 'DE', kind: 'metropolitan' as const },
      { nameLocal: 'München', nameEn: 'Munich', country: 'DE', kind: 'metropolitan' as const },
      { nameLocal: 'Kraków', nameEn: 'Krakow', country: 'PL' },
      { nameLocal: 'Town 100% green', nameEn: 'Town 100% green', country: 'SI' },
    ];
    for (const town of towns) await insertMunicipality(t.dataSource, town);
  });

  afterAll(() => t.close());

  const list = (query: Record<string, string | number>) => t.http.get('/api/v1/municipalities').query(query);
  const names = (body: Page<MunicipalitySummary>) => body.items.map((m) => m.nameLocal);

  it('lists every municipality, by English name, with the total', async () => {
    const response = await list({});
    expect(response.status).toBe(200);
    expect(response.body.total).toBe(9);
    expect(response.body.page).toBe(1);
    expect(response.body.perPage).toBe(20);
    expect(names(response.body)).toEqual(['Çanakkale', 'Köln', 'İstanbul', 'İzmir', 'Kraków', 'Muğla', 'München', 'Şanlıurfa', 'Town 100% green']);
  });

  it.each([
    ['istanbul', ['İstanbul']],
    ['İSTANBUL', ['İstanbul']],
    ['izmir', ['İzmir']],
    ['sanliurfa', ['Şanlıurfa']],
    ['şanlıurfa', ['Şanlıurfa']],
    ['ŞANLIURFA', ['Şanlıurfa']],
    ['canakkale', ['Çanakkale']],
    ['mugla', ['Muğla']],
    ['koln', ['Köln']],
    ['cologne', ['Köln']],
    ['MÜNCHEN', ['München']],
    ['krakow', ['Kraków']],
    ['  stanb  ', ['İstanbul']],
  ])('finds %j ignoring case and diacritics', async (q, expected) => {
    const response = await list({ q });
    expect(response.status).toBe(200);
    expect(names(response.body)).toEqual(expected);
    expect(response.body.total).toBe(expected.length);
  });

  it('treats % and _ as plain characters, not wildcards', async () => {
    expect(names((await list({ q: '%' })).body)).toEqual(['Town 100% green']);
    expect((await list({ q: '_' })).body.total).toBe(0);
  });

  it('filters by country and kind', async () => {
    expect(names((await list({ country: 'DE' })).body)).toEqual(['Köln', 'München']);
    expect(names((await list({ country: 'TR', kind: 'town' })).body)).toEqual(['Çanakkale']);
    expect(names((await list({ country: 'FR' })).body)).toEqual([]);
  });

  it('paginates, keeping the total', async () => {
    const first = await list({ per_page: 4 });
    const third = await list({ per_page: 4, page: 3 });
    const beyond = await list({ per_page: 4, page: 4 });
    expect(names(first.body)).toEqual(['Çanakkale', 'Köln', 'İstanbul', 'İzmir']);
    expect(names(third.body)).toEqual(['Town 100% green']);
    expect(beyond.body).toEqual({ items: [], total: 9, page: 4, perPage: 4 });
  });

  it.each([
    [{ page: 0 }, 'page'],
    [{ page: 'two' }, 'page'],
    [{ page: 1.5 }, 'page'],
    [{ per_page: 101 }, 'per_page'],
    [{ per_page: -1 }, 'per_page'],
    [{ country: 'tr' }, 'country'],
    [{ country: 'TUR' }, 'country'],
    [{ kind: 'city' }, 'kind'],
    [{ q: 'x'.repeat(101) }, 'q'],
    [{ sort: 'name' }, 'sort'],
  ])('answers %j with 400 naming %s', async (query, field) => {
    const response = await list(query);
    expect(response.status).toBe(400);
    expect(response.body.code).toBe('validation_failed');
    expect(response.body.details.map((d: { field: string }) => d.field)).toContain(field);
  });

  it('refuses a repeated parameter instead of guessing', async () => {
    const response = await t.http.get('/api/v1/municipalities?q=a&q=b');
    expect(response.status).toBe(400);
    expect(response.body.details).toContainEqual({ field: 'q', rule: 'not_text', reason: 'must be a string' });
  });
});

describe('GET /api/v1/municipalities/:id', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });

  afterAll(() => t.close());

  it('returns the municipality with its partners, whichever side of the pair it is stored on', async () => {
    const bursa = await insertMunicipality(t.dataSource, { nameLocal: 'Bursa', nameEn: 'Bursa', website: 'https://www.bursa.bel.tr' });
    const darmstadt = await insertMunicipality(t.dataSource, { nameLocal: 'Darmstadt', nameEn: 'Darmstadt', country: 'DE', region: 'Hesse' });
    const kosice = await insertMunicipality(t.dataSource, { nameLocal: 'Košice', nameEn: 'Kosice', country: 'SK', region: 'Košice Region' });
    await insertMunicipality(t.dataSource, { nameLocal: 'Unrelated', nameEn: 'Unrelated' });
    await insertPartnership(t.dataSource, bursa, darmstadt, { sinceYear: 1971, description: 'Sister cities since 1971.' });
    await insertPartnership(t.dataSource, kosice, bursa, { sinceYear: 1998, status: 'ended', programme: 'Town Twinning between Turkey and the EU' });

    const response = await t.http.get(`/api/v1/municipalities/${bursa.id}`);
    expect(response.status).toBe(200);
    const detail = response.body as MunicipalityDetail;
    expect(detail).toMatchObject({ id: bursa.id, nameLocal: 'Bursa', country: 'TR', website: 'https://www.bursa.bel.tr', populationYear: 2023 });
    expect(detail.partners.map((p) => [p.municipality.nameLocal, p.sinceYear, p.status, p.programme])).toEqual([
      ['Darmstadt', 1971, 'active', null],
      ['Košice', 1998, 'ended', 'Town Twinning between Turkey and the EU'],
    ]);

    const fromTheOtherSide = (await t.http.get(`/api/v1/municipalities/${darmstadt.id}`)).body as MunicipalityDetail;
    expect(fromTheOtherSide.partners.map((p) => p.municipality.id)).toEqual([bursa.id]);
  });

  it('gives 404 with a code for an id that does not exist', async () => {
    const id = randomUUID();
    const response = await t.http.get(`/api/v1/municipalities/${id}`);
    expect(response.status).toBe(404);
    expect(response.body).toEqual({ code: 'municipality_not_found', message: `No municipality has the id ${id}.` });
  });

  it.each(['not-a-uuid', '123', "1' OR '1'='1"])('gives 400 naming the id for %j', async (id) => {
    const response = await t.http.get(`/api/v1/municipalities/${encodeURIComponent(id)}`);
    expect(response.status).toBe(400);
    expect(response.body.details).toEqual([{ field: 'id', rule: 'not_id', reason: 'must be a UUID' }]);
  });

  it('stores a pair once: the same twinning the other way round is refused by the database', async () => {
    const a = await insertMunicipality(t.dataSource);
    const b = await insertMunicipality(t.dataSource);
    await insertPartnership(t.dataSource, a, b);
    await expect(insertPartnership(t.dataSource, b, a)).rejects.toThrow(/partnerships_pair/);
  });
});
