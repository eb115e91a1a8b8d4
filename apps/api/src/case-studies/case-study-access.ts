import { type UserEntity } from '../users/user.entity';
import { type ListingViewer } from './case-studies.repository';
import { type CaseStudyEntity } from './case-study.entity';

/** What one caller may do with one case study. The single place these rules live. */
export interface CaseStudyAccess {
  /** Verified staff of the owning municipality. */
  owner: boolean;
  /** Verified moderator or admin. */
  moderator: boolean;
  /** Sees the working copy, revisions and decisions. */
  seesWorkingCopy: boolean;
  /** Sees the published revision (it exists and is not archived), or is owner/moderator. */
  seesCaseStudy: boolean;
  /** Knows which town it is, even when it is published anonymously. */
  knowsTown: boolean;
  /** Sees the contact details: signed in, and not hidden by anonymity. */
  seesContact: boolean;
}

/** Which case studies a caller may find in a list (the same rules as caseStudyAccess, for a query). */
export function listingViewerOf(user: UserEntity | undefined): ListingViewer {
  const verified = isVerified(user);
  return {
    moderator: verified && (user!.role === 'moderator' || user!.role === 'admin'),
    ownMunicipalityId: verified && user!.role === 'staff' ? user!.municipalityId : null,
  };
}

/** What the public sees: a case study with a published revision that is not archived. Only these are adapted, asked about or featured. */
export function isPubliclyVisible(caseStudy: Pick<CaseStudyEntity, 'publishedRevisionId' | 'status'>): boolean {
  return caseStudy.publishedRevisionId !== null && caseStudy.status !== 'archived';
}

export function caseStudyAccess(
  caseStudy: Pick<CaseStudyEntity, 'municipalityId' | 'publishedRevisionId' | 'status' | 'publishedAnonymously'>,
  user: UserEntity | undefined,
): CaseStudyAccess {
  const { moderator, ownMunicipalityId } = listingViewerOf(user);
  const owner = ownMunicipalityId !== null && ownMunicipalityId === caseStudy.municipalityId;
  const seesWorkingCopy = owner || moderator;
  // What readers are shown is the published revision's choice; a wish in the working copy waits for a moderator.
  const knowsTown = !caseStudy.publishedAnonymously || seesWorkingCopy;
  return {
    owner,
    moderator,
    seesWorkingCopy,
    seesCaseStudy: isPubliclyVisible(caseStudy) || seesWorkingCopy,
    knowsTown,
    seesContact: Boolean(user) && knowsTown,
  };
}

function isVerified(user: UserEntity | undefined): user is UserEntity {
  return Boolean(user?.verifiedAt && !user.deactivatedAt);
}
