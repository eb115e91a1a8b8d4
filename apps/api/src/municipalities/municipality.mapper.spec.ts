import { type PartnershipEntity } from '../partnerships/partnership.entity';
import { type MunicipalityEntity } from './municipality.entity';
import { toMunicipalityDetail } from './municipality.mapper';

const town = (id: string, nameEn: string): MunicipalityEntity =>
  ({ id, slug: id, nameLocal: nameEn, nameEn, country: 'TR', region: 'Aegean', regionVariants: {}, population: 1, populationYear: 2023, kind: 'town', latitude: 1, longitude: 2, website: null, emailDomains: [], searchName: '', createdAt: new Date(), updatedAt: new Date() });

const partnership = (a: MunicipalityEntity, b: MunicipalityEntity, sinceYear: number): PartnershipEntity =>
  ({ id: `${a.id}-${b.id}`, municipalityAId: a.id, municipalityA: a, municipalityBId: b.id, municipalityB: b, kind: 'twinning', sinceYear, status: 'active', programme: null, fundingProgrammeId: null, fundingProgramme: null, fundingCallId: null, fundingCall: null, agreementSignedOn: null, agreementUrl: null, agreementText: '', description: '', descriptionVariants: {}, createdAt: new Date(), updatedAt: new Date() });

describe('toMunicipalityDetail', () => {
  it('shows the other side of each pair as the partner, oldest twinning first, and nothing internal', () => {
    const izmir = town('2', 'Izmir');
    const bremen = town('1', 'Bremen');
    const barcelona = town('3', 'Barcelona');
    const detail = toMunicipalityDetail(izmir, [partnership(izmir, barcelona, 2000), partnership(bremen, izmir, 1995)]);
    expect(detail.partners.map((p) => [p.municipality.nameEn, p.sinceYear])).toEqual([['Bremen', 1995], ['Barcelona', 2000]]);
    expect(detail).not.toHaveProperty('slug');
    expect(detail).not.toHaveProperty('searchName');
    expect(detail).not.toHaveProperty('createdAt');
  });
});
