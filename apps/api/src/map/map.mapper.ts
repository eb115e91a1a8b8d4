import { type MapFeatureCollection, type MapPartnershipFeature, type MapPosition, type MapTownFeature } from '@twinning/contracts';
import { type MapPartnershipRow, type MapTownRow } from './map.repository';

/** GeoJSON orders a position as [longitude, latitude]. */
const positionOf = (town: MapTownRow): MapPosition => [town.longitude, town.latitude];

export function toTownFeature(town: MapTownRow, publicUrl: string): MapTownFeature {
  return {
    type: 'Feature',
    id: town.id,
    geometry: { type: 'Point', coordinates: positionOf(town) },
    properties: {
      kind: 'town',
      id: town.id,
      nameLocal: town.nameLocal,
      nameEn: town.nameEn,
      country: town.country,
      region: town.region,
      municipalityKind: town.kind,
      population: town.population,
      publishedCaseStudies: town.publishedCaseStudies,
      matched: town.matched,
      url: `${publicUrl}/towns/${town.id}`,
    },
  };
}

/** Needs both towns of the twinning among `towns`. */
export function toPartnershipFeature(partnership: MapPartnershipRow, towns: Map<string, MapTownRow>): MapPartnershipFeature {
  const a = towns.get(partnership.municipalityAId)!;
  const b = towns.get(partnership.municipalityBId)!;
  return {
    type: 'Feature',
    id: partnership.id,
    geometry: { type: 'LineString', coordinates: [positionOf(a), positionOf(b)] },
    properties: {
      kind: 'partnership',
      id: partnership.id,
      municipalityIds: [a.id, b.id],
      names: [a.nameLocal, b.nameLocal],
      sinceYear: partnership.sinceYear,
      status: partnership.status,
      programme: partnership.programme,
    },
  };
}

export function toFeatureCollection(rows: { towns: MapTownRow[]; partnerships: MapPartnershipRow[] }, publicUrl: string): MapFeatureCollection {
  const towns = new Map(rows.towns.map((town) => [town.id, town]));
  return {
    type: 'FeatureCollection',
    features: [...rows.towns.map((town) => toTownFeature(town, publicUrl)), ...rows.partnerships.map((partnership) => toPartnershipFeature(partnership, towns))],
  };
}
