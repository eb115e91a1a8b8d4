import { randomBytes } from 'node:crypto';
import { type DataSource } from 'typeorm';
import { MunicipalityEntity } from '../../src/municipalities/municipality.entity';
import { PartnershipEntity, orderedPair } from '../../src/partnerships/partnership.entity';

type MunicipalityFields = Omit<MunicipalityEntity, 'id' | 'searchName' | 'createdAt' | 'updatedAt'>;

export function buildMunicipality(overrides: Partial<MunicipalityFields> = {}): MunicipalityFields {
  const suffix = randomBytes(4).toString('hex');
  return {
    slug: `tr-test-${suffix}`,
    nameLocal: `Kasaba ${suffix}`,
    nameEn: `Town ${suffix}`,
    country: 'TR',
    region: 'Marmara',
    regionVariants: {},
    population: 120_000,
    populationYear: 2023,
    kind: 'town',
    latitude: 40.5,
    longitude: 29.1,
    website: null,
    emailDomains: [],
    ...overrides,
  };
}

export function insertMunicipality(dataSource: DataSource, overrides: Partial<MunicipalityFields> = {}): Promise<MunicipalityEntity> {
  return dataSource.getRepository(MunicipalityEntity).save(buildMunicipality(overrides));
}

export function insertPartnership(
  dataSource: DataSource,
  first: MunicipalityEntity,
  second: MunicipalityEntity,
  overrides: Partial<Pick<PartnershipEntity, 'sinceYear' | 'status' | 'programme' | 'description'>> = {},
): Promise<PartnershipEntity> {
  const [municipalityAId, municipalityBId] = orderedPair(first.id, second.id);
  return dataSource.getRepository(PartnershipEntity).save({
    municipalityAId,
    municipalityBId,
    sinceYear: 2012,
    status: 'active',
    programme: null,
    description: 'Twinned for culture and youth exchanges.',
    ...overrides,
  });
}
