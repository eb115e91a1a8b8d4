import { type MapFeatureCollection, type MapPartnershipFeature, type MapTownFeature, type PublicConfig } from '@twinning/contracts';

const BURSA = '11111111-1111-4111-8111-111111111111';
const DARMSTADT = '22222222-2222-4222-8222-222222222222';
const IZMIR = '33333333-3333-4333-8333-333333333333';

function town(id: string, nameLocal: string, country: string, [longitude, latitude]: [number, number], matched = true): MapTownFeature {
  return {
    type: 'Feature',
    id,
    geometry: { type: 'Point', coordinates: [longitude, latitude] },
    properties: { kind: 'town', id, nameLocal, nameEn: nameLocal, country, region: 'Region', municipalityKind: 'metropolitan', population: 1_000_000, publishedCaseStudies: nameLocal === 'Bursa' ? 2 : 0, matched, url: `https://twinning.example.org/towns/${id}` },
  };
}

function partnership(id: string, a: MapTownFeature, b: MapTownFeature, sinceYear: number, status: 'active' | 'ended' = 'active'): MapPartnershipFeature {
  return {
    type: 'Feature',
    id,
    geometry: { type: 'LineString', coordinates: [a.geometry.coordinates, b.geometry.coordinates] },
    properties: { kind: 'partnership', id, municipalityIds: [a.properties.id, b.properties.id], names: [a.properties.nameLocal, b.properties.nameLocal], sinceYear, status, programme: null },
  };
}

export const bursa = town(BURSA, 'Bursa', 'TR', [29.06, 40.18]);
export const darmstadt = town(DARMSTADT, 'Darmstadt', 'DE', [8.65, 49.87]);
export const izmir = town(IZMIR, 'İzmir', 'TR', [27.14, 38.42]);

/** Bursa–Darmstadt since 1971 and İzmir–Darmstadt, ended. */
export const twinningMap: MapFeatureCollection = {
  type: 'FeatureCollection',
  features: [bursa, darmstadt, izmir, partnership('p-1', bursa, darmstadt, 1971), partnership('p-2', izmir, darmstadt, 2005, 'ended')],
};

export const publicConfig: PublicConfig = { mapTiles: { urlTemplate: 'https://tiles.example.org/{z}/{x}/{y}.png', attribution: 'Test tiles', maxZoom: 18 }, accessibilityContactEmail: null };
