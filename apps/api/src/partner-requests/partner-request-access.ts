import { type UserEntity } from '../users/user.entity';
import { listingViewerOf } from '../case-studies/case-study-access';
import { type PartnerRequestEntity } from './partner-request.entity';

/** What one caller may do with one partner request. The single place these rules live. */
export interface PartnerRequestAccess {
  /** Verified staff of the posting town: shortlists and accepts answers, sees them all. */
  poster: boolean;
  /** Verified moderator or admin: sees every answer, confirms accepted pairs. */
  moderator: boolean;
  /** Verified staff of another town: may answer, and sees its own town's answer. */
  answeringTownId: string | null;
}

export function partnerRequestAccess(request: Pick<PartnerRequestEntity, 'municipalityId'>, user: UserEntity | undefined): PartnerRequestAccess {
  const { moderator, ownMunicipalityId } = listingViewerOf(user);
  const poster = ownMunicipalityId !== null && ownMunicipalityId === request.municipalityId;
  return { poster, moderator, answeringTownId: ownMunicipalityId !== null && !poster ? ownMunicipalityId : null };
}

/** Whether the caller sees this answer: the posting town and moderators see all, the answering town its own. */
export function seesAnswer(access: PartnerRequestAccess, answer: { municipalityId: string }): boolean {
  return access.poster || access.moderator || access.answeringTownId === answer.municipalityId;
}
