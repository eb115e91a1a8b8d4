import { type MapFeatureCollection, type MapPartnershipFeature, type MapTownFeature, type PublicConfig } from '@twinning/contracts';
import { type MunicipalityEntity } from '../src/municipalities/municipality.entity';
import { completeContent, insertCaseStudy } from './factories/case-study.factory';
import { insertMunicipality, insertPartnership } from './factories/municipality.factory';
import { type TestApp, createTestApp } from './support/test-app';

const towns = (collection: MapFeatureCollection) => collection.features.filter((feature): feature is MapTownFeature => feature.geometry.type === 'Point');
const lines = (collection: MapFeatureCollection) => collection.features.filter((feature): feature is MapPartnershipFeature => feature.geometry.type === 'LineString');
const names = (collection: MapFeatureCollection) => towns(collection).map((town) => `${town.properties.nameLocal}${town.properties.matched ? '' : ' (partner)'}`);

describe('GET /api/v1/map (GeoJSON)', () => {
  let t: TestApp;
  let bursa: MunicipalityEntity;
  let darmstadt: MunicipalityEntity;
  let izmir: MunicipalityEntity;
  let lonely: MunicipalityEntity;
  let hidden: MunicipalityEntity;

  const getMap = async (query = '') => {
    const response = await t.http.get(`/api/v1/map${query}`);
    expect(response.status).toBe(200);
    return JSON.parse(response.text) as MapFeatureCollection;
  };

  beforeAll(async () => {
    t = await createTestApp({ PUBLIC_URL: 'https://twinning.example.org' });
    bursa = await insertMunicipality(t.dataSource, { nameLocal: 'Bursa', nameEn: 'Bursa', latitude: 40.1826, longitude: 29.0665 });
    darmstadt = await insertMunicipality(t.dataSource, { nameLocal: 'Darmstadt', nameEn: 'Darmstadt', country: 'DE', latitude: 49.8728, longitude: 8.6512 });
    izmir = await insertMunicipality(t.dataSource, { nameLocal: 'İzmir', nameEn: 'Izmir', latitude: 38.4237, longitude: 27.1428 });
    lonely = await insertMunicipality(t.dataSource, { nameLocal: 'Yalnızköy', nameEn: 'Lonely', latitude: 39, longitude: 35 });
    hidden = await insertMunicipality(t.dataSource, { nameLocal: 'Gizlikent', nameEn: 'Hiddenton', latitude: 41, longitude: 30 });
    await insertPartnership(t.dataSource, bursa, darmstadt, { sinceYear: 1971, programme: 'Town twinning' });
    await insertPartnership(t.dataSource, izmir, darmstadt, { sinceYear: 2005, status: 'ended' });
    await insertCaseStudy(t.dataSource, { municipalityId: bursa.id, status: 'published', content: completeContent({ themes: ['mobility'] }) });
    await insertCaseStudy(t.dataSource, { municipalityId: izmir.id, status: 'draft', content: completeContent({ themes: ['energy'] }) });
    await insertCaseStudy(t.dataSource, { municipalityId: izmir.id, status: 'archived', content: completeContent({ themes: ['energy'] }) });
    // Published without naming its town: neither counted nor found by its theme.
    await insertCaseStudy(t.dataSource, { municipalityId: hidden.id, status: 'published', publishAnonymously: true, content: completeContent({ themes: ['health'] }) });
  });

  afterAll(() => t.close());

  it('answers a GeoJSON FeatureCollection of towns as Points and twinnings as LineStrings', async () => {
    const response = await t.http.get('/api/v1/map');
    expect(response.headers['content-type']).toMatch(/^application\/geo\+json/);
    const collection = JSON.parse(response.text) as MapFeatureCollection;
    expect(collection.type).toBe('FeatureCollection');
    expect(names(collection)).toEqual(['Bursa', 'Darmstadt', 'Gizlikent', 'İzmir', 'Yalnızköy']);
    for (const feature of collection.features) {
      expect(feature.type).toBe('Feature');
      expect(feature.id).toBe(feature.properties.id);
    }

    const bursaPoint = towns(collection).find((town) => town.id === bursa.id)!;
    // [longitude, latitude]: Bursa lies at 29° E, 40° N.
    expect(bursaPoint.geometry).toEqual({ type: 'Point', coordinates: [29.0665, 40.1826] });
    expect(bursaPoint.properties).toEqual({
      kind: 'town',
      id: bursa.id,
      nameLocal: 'Bursa',
      nameEn: 'Bursa',
      country: 'TR',
      region: 'Marmara',
      municipalityKind: 'town',
      population: 120_000,
      publishedCaseStudies: 1,
      matched: true,
      url: `https://twinning.example.org/towns/${bursa.id}`,
    });
    // The archived and the draft case study are not published; the anonymous one is never counted.
    expect(Object.fromEntries(towns(collection).map((town) => [town.properties.nameEn, town.properties.publishedCaseStudies]))).toEqual({ Bursa: 1, Darmstadt: 0, Hiddenton: 0, Izmir: 0, Lonely: 0 });

    const bursaDarmstadt = lines(collection).find((line) => line.properties.names.includes('Bursa'))!;
    const ends = bursaDarmstadt.properties.municipalityIds;
    expect([...ends].sort()).toEqual([bursa.id, darmstadt.id].sort());
    // Each end of the line is where its town is, in the order of `municipalityIds` and `names`.
    const position = (town: MunicipalityEntity) => [town.longitude, town.latitude];
    expect(bursaDarmstadt.geometry).toEqual({ type: 'LineString', coordinates: ends.map((id) => position(id === bursa.id ? bursa : darmstadt)) });
    expect(bursaDarmstadt.properties.names).toEqual(ends.map((id) => (id === bursa.id ? 'Bursa' : 'Darmstadt')));
    expect(bursaDarmstadt.properties).toMatchObject({ kind: 'partnership', sinceYear: 1971, status: 'active', programme: 'Town twinning' });
    expect(lines(collection)).toHaveLength(2);
  });

  it('filters by country: the country’s towns, their twinnings and the partners at the other end', async () => {
    const collection = await getMap('?country=DE');
    expect(names(collection)).toEqual(['Bursa (partner)', 'Darmstadt', 'İzmir (partner)']);
    expect(lines(collection)).toHaveLength(2);
    const turkish = await getMap('?country=TR');
    expect(names(turkish)).toEqual(['Bursa', 'Darmstadt (partner)', 'Gizlikent', 'İzmir', 'Yalnızköy']);
  });

  it('filters by theme: towns that published a case study of that theme under their own name', async () => {
    expect(names(await getMap('?theme=mobility'))).toEqual(['Bursa', 'Darmstadt (partner)']);
    expect(lines(await getMap('?theme=mobility')).map((line) => line.properties.names.includes('Bursa'))).toEqual([true]);
    // Only drafted and archived: not on the map under that theme.
    expect((await getMap('?theme=energy')).features).toEqual([]);
    // Only anonymous: answering with its town would name it.
    expect((await getMap('?theme=health')).features).toEqual([]);
    expect(names(await getMap('?theme=mobility&country=DE'))).toEqual([]);
  });

  it('shows one town with its partners', async () => {
    const collection = await getMap(`?municipality=${darmstadt.id}`);
    expect(names(collection)).toEqual(['Bursa (partner)', 'Darmstadt', 'İzmir (partner)']);
    expect(lines(collection).map((line) => line.properties.status).sort()).toEqual(['active', 'ended']);
    expect(names(await getMap(`?municipality=${lonely.id}`))).toEqual(['Yalnızköy']);
  });

  it('refuses malformed filters with 400, naming them', async () => {
    for (const [query, field] of [
      ['?country=de', 'country'],
      ['?theme=flying', 'theme'],
      ['?municipality=bursa', 'municipality'],
      ['?town=x', 'town'],
    ]) {
      const response = await t.http.get(`/api/v1/map${query}`);
      expect(response.status).toBe(400);
      expect(JSON.stringify(response.body)).toContain(field);
    }
  });
});

describe('GET /api/v1/config', () => {
  it('gives OpenStreetMap’s tiles by default, and a configured source in the page’s Content-Security-Policy', async () => {
    const byDefault = await createTestApp();
    try {
      const config = (await byDefault.http.get('/api/v1/config')).body as PublicConfig;
      expect(config.mapTiles).toEqual({ urlTemplate: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png', attribution: expect.stringContaining('OpenStreetMap'), maxZoom: 19 });
      expect((await byDefault.http.get('/api/v1/config')).headers['content-security-policy']).toContain('img-src \'self\' data: https://tile.openstreetmap.org');
    } finally {
      await byDefault.close();
    }
    const selfHosted = await createTestApp({ MAP_TILE_URL: 'https://{s}.tiles.town.example/{z}/{x}/{y}.png', MAP_TILE_ATTRIBUTION: 'Tiles by the town', MAP_TILE_MAX_ZOOM: '16' });
    try {
      const response = await selfHosted.http.get('/api/v1/config');
      expect((response.body as PublicConfig).mapTiles).toEqual({ urlTemplate: 'https://{s}.tiles.town.example/{z}/{x}/{y}.png', attribution: 'Tiles by the town', maxZoom: 16 });
      expect(response.headers['content-security-policy']).toContain('https://*.tiles.town.example');
    } finally {
      await selfHosted.close();
    }
  });
});
