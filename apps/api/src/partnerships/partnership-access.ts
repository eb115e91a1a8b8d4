import { listingViewerOf } from '../case-studies/case-study-access';
import { type UserEntity } from '../users/user.entity';
import { type PartnershipEntity } from './partnership.entity';

/** What one caller may do on one partnership's page. The single place these rules live. */
export interface PartnershipAccess {
  /** Verified staff of either town, or a verified moderator or admin: adds and edits activities, sees the private ones. */
  editsActivities: boolean;
  /** Any verified account: sees the contacts of the two towns. */
  seesContacts: boolean;
}

export function partnershipAccess(partnership: Pick<PartnershipEntity, 'municipalityAId' | 'municipalityBId'>, user: UserEntity | undefined): PartnershipAccess {
  const { moderator, ownMunicipalityId } = listingViewerOf(user);
  const staffOfEither = ownMunicipalityId !== null && (ownMunicipalityId === partnership.municipalityAId || ownMunicipalityId === partnership.municipalityBId);
  return { editsActivities: moderator || staffOfEither, seesContacts: Boolean(user?.verifiedAt && !user.deactivatedAt) };
}
