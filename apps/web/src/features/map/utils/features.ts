import { type MapFeature, type MapFeatureCollection, type MapPartnershipFeature, type MapTownFeature } from '@twinning/contracts';

export function townFeatures(collection: MapFeatureCollection | undefined): MapTownFeature[] {
  return (collection?.features ?? []).filter((feature: MapFeature): feature is MapTownFeature => feature.properties.kind === 'town');
}

export function partnershipFeatures(collection: MapFeatureCollection | undefined): MapPartnershipFeature[] {
  return (collection?.features ?? []).filter((feature: MapFeature): feature is MapPartnershipFeature => feature.properties.kind === 'partnership');
}
