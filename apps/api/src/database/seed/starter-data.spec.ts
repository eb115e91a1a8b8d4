import { loadStarterData, parseStarterData } from './starter-data';

describe('the starter data file', () => {
  const data = loadStarterData();

  it('has the 81 provinces of Turkey, 30 of them metropolitan', () => {
    const provinces = data.municipalities.filter((m) => m.country === 'TR' && (m.kind === 'metropolitan' || m.kind === 'town'));
    expect(provinces).toHaveLength(81);
    expect(provinces.filter((m) => m.kind === 'metropolitan')).toHaveLength(30);
    expect(provinces.map((m) => m.nameLocal)).toEqual(expect.arrayContaining(['İstanbul', 'Ankara', 'İzmir', 'Şanlıurfa', 'Muğla', 'Çanakkale', 'Iğdır']));
  });

  it('places every Turkish town inside Turkey', () => {
    for (const m of data.municipalities.filter((town) => town.country === 'TR')) {
      expect([m.key, m.latitude >= 35.8 && m.latitude <= 42.2 && m.longitude >= 25.6 && m.longitude <= 44.9]).toEqual([m.key, true]);
    }
  });

  it('twins every EU town with at least one Turkish one', () => {
    const turkish = new Set(data.municipalities.filter((m) => m.country === 'TR').map((m) => m.key));
    const twinnedWithTurkey = new Set(data.partnerships.flatMap((p) => (turkish.has(p.a) ? [p.b] : turkish.has(p.b) ? [p.a] : [])));
    const euTowns = data.municipalities.filter((m) => m.country !== 'TR');
    expect(euTowns.length).toBeGreaterThanOrEqual(24);
    expect(euTowns.filter((m) => !twinnedWithTurkey.has(m.key)).map((m) => m.key)).toEqual([]);
  });
});

describe('parseStarterData', () => {
  const town = { key: 'tr-kars', nameLocal: 'Kars', nameEn: 'Kars', country: 'TR', region: 'Eastern Anatolia', population: 115_000, populationYear: 2023, kind: 'town', latitude: 40.6, longitude: 43.1, website: null };
  const other = { ...town, key: 'de-koln', nameLocal: 'Köln', nameEn: 'Cologne', country: 'DE', region: 'North Rhine-Westphalia' };
  const twinning = { a: 'tr-kars', b: 'de-koln', sinceYear: 2001, status: 'active', programme: null, description: '' };

  it('accepts well-formed data', () => {
    expect(parseStarterData({ municipalities: [town, other], partnerships: [twinning] }).partnerships).toHaveLength(1);
  });

  it.each([
    [{ municipalities: [town, town], partnerships: [] }, 'municipality "tr-kars" appears twice'],
    [{ municipalities: [{ ...town, country: 'DE' }], partnerships: [] }, 'country that does not match its key'],
    [{ municipalities: [{ ...town, kind: 'city' }], partnerships: [] }, 'unknown kind city'],
    [{ municipalities: [{ ...town, population: 0 }], partnerships: [] }, 'no positive integer population'],
    [{ municipalities: [{ ...town, latitude: 91 }], partnerships: [] }, 'coordinates out of range'],
    [{ municipalities: [town], partnerships: [{ ...twinning }] }, 'names a municipality that is not in the file'],
    [{ municipalities: [town, other], partnerships: [twinning, { ...twinning, a: 'de-koln', b: 'tr-kars' }] }, 'appears twice (A–B is B–A)'],
    [{ municipalities: [town, other], partnerships: [{ ...twinning, b: 'tr-kars' }] }, 'twins a town with itself'],
    [{ municipalities: [town, other], partnerships: [{ ...twinning, status: 'paused' }] }, 'unknown status paused'],
  ])('rejects a mistake, naming the record (%#)', (raw, message) => {
    expect(() => parseStarterData(raw)).toThrow(message);
  });
});
