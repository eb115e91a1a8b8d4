import { type Municipality, type MunicipalityDetail, type MunicipalityPartner, type MunicipalitySummary } from '@twinning/contracts';
import { type PartnershipEntity } from '../partnerships/partnership.entity';
import { type MunicipalityEntity } from './municipality.entity';

export function toMunicipalitySummary(entity: MunicipalityEntity): MunicipalitySummary {
  return {
    id: entity.id,
    nameLocal: entity.nameLocal,
    nameEn: entity.nameEn,
    country: entity.country,
    region: entity.region,
    kind: entity.kind,
    population: entity.population,
  };
}

export function toMunicipality(entity: MunicipalityEntity): Municipality {
  return {
    ...toMunicipalitySummary(entity),
    regionVariants: entity.regionVariants,
    populationYear: entity.populationYear,
    latitude: entity.latitude,
    longitude: entity.longitude,
    website: entity.website,
    emailDomains: entity.emailDomains,
  };
}

/** The municipality with its partners, each seen from this municipality's side of the pair. */
export function toMunicipalityDetail(entity: MunicipalityEntity, partnerships: PartnershipEntity[]): MunicipalityDetail {
  const partners = partnerships
    .map((partnership): MunicipalityPartner => ({
      partnershipId: partnership.id,
      kind: partnership.kind,
      sinceYear: partnership.sinceYear,
      status: partnership.status,
      programme: partnership.programme,
      description: partnership.description,
      descriptionVariants: partnership.descriptionVariants,
      municipality: toMunicipalitySummary(
        partnership.municipalityAId === entity.id ? partnership.municipalityB : partnership.municipalityA,
      ),
    }))
    .sort((x, y) => x.sinceYear - y.sinceYear || x.municipality.nameEn.localeCompare(y.municipality.nameEn));
  return { ...toMunicipality(entity), partners };
}
