import { type MunicipalitySummary } from '@twinning/contracts';
import { type CaseStudyAccess } from '../case-studies/case-study-access';
import { type CaseStudyEntity } from '../case-studies/case-study.entity';
import { toMunicipalitySummary } from '../municipalities/municipality.mapper';
import { type MunicipalityEntity } from '../municipalities/municipality.entity';
import { type UserEntity } from '../users/user.entity';

/**
 * Who may write a translation: verified, active staff of the case study's own town or of one of
 * its active twinning partners (`ownerPartnerIds`).
 */
export function mayTranslate(caseStudy: Pick<CaseStudyEntity, 'municipalityId'>, user: UserEntity | undefined, ownerPartnerIds: readonly string[]): boolean {
  if (!user || user.role !== 'staff' || !user.municipalityId || !user.verifiedAt || user.deactivatedAt) return false;
  return user.municipalityId === caseStudy.municipalityId || ownerPartnerIds.includes(user.municipalityId);
}

/**
 * The translators' town as this caller may be told it. Translators are always the town itself or
 * a partner, so for an anonymous case study naming them would name (or narrow down to) the town:
 * only those who know the town are told.
 */
export function translatorAsSeen(translator: MunicipalityEntity, access: Pick<CaseStudyAccess, 'knowsTown'>): MunicipalitySummary | null {
  return access.knowsTown ? toMunicipalitySummary(translator) : null;
}
