import type { CountryCode, MunicipalityKind } from './municipalities';
import type { PartnershipStatus } from './partnerships';
import type { Theme } from './vocabularies';

/**
 * The map's data (GET /api/v1/map), as GeoJSON (RFC 7946, `application/geo+json`) for the
 * portal's map and for anyone's GIS: a FeatureCollection of towns as Points and twinnings as
 * LineStrings between them. Positions are [longitude, latitude], as GeoJSON orders them.
 *
 * The filters pick towns; the answer holds those towns (`matched: true`), the twinnings they are
 * in, and the partner towns at the other end of those twinnings (`matched: false`), so every line
 * ends at a town of the collection.
 */
export interface MapQuery {
  /** Towns of this country (ISO 3166-1 alpha-2, upper case). */
  country?: CountryCode;
  /** Towns that have published, under their own name, a case study of this theme. */
  theme?: Theme;
  /** One town (its id): the town and its partners. */
  municipality?: string;
}

/** [longitude, latitude] */
export type MapPosition = [number, number];

export interface MapTownProperties {
  kind: 'town';
  id: string;
  nameLocal: string;
  nameEn: string;
  country: CountryCode;
  region: string;
  municipalityKind: MunicipalityKind;
  population: number;
  /** Case studies the town has published under its own name (anonymous ones are never counted). */
  publishedCaseStudies: number;
  /** Whether the town answers the filters, or is only here as a partner of one that does. */
  matched: boolean;
  /** The town's page on the portal. */
  url: string;
}

export interface MapPartnershipProperties {
  kind: 'partnership';
  id: string;
  /** The two towns' ids, in the order of the line's coordinates. */
  municipalityIds: [string, string];
  /** Their local names, in the same order. */
  names: [string, string];
  sinceYear: number;
  status: PartnershipStatus;
  programme: string | null;
}

export interface MapTownFeature {
  type: 'Feature';
  id: string;
  geometry: { type: 'Point'; coordinates: MapPosition };
  properties: MapTownProperties;
}

export interface MapPartnershipFeature {
  type: 'Feature';
  id: string;
  geometry: { type: 'LineString'; coordinates: [MapPosition, MapPosition] };
  properties: MapPartnershipProperties;
}

export type MapFeature = MapTownFeature | MapPartnershipFeature;

export interface MapFeatureCollection {
  type: 'FeatureCollection';
  features: MapFeature[];
}

export const GEOJSON_MEDIA_TYPE = 'application/geo+json';

/**
 * Where the map's background pictures come from (GET /api/v1/config): a tile URL template with
 * `{z}`, `{x}`, `{y}` (and optionally `{s}`, `{r}`) and the attribution its provider asks for.
 */
export interface MapTileSource {
  urlTemplate: string;
  /** HTML, as the tile provider words it (a link to its copyright page). */
  attribution: string;
  maxZoom: number;
}

/** What the web client needs to know of the server's configuration; public. */
export interface PublicConfig {
  mapTiles: MapTileSource;
  /** Where the accessibility statement asks people to write about barriers; null until the operators give one. */
  accessibilityContactEmail: string | null;
}
