import { type PartnershipActivity, type PartnershipContact } from '@twinning/contracts';
import { isPubliclyVisible } from '../case-studies/case-study-access';
import { titleOf } from '../case-studies/case-study.mapper';
import { type UserEntity } from '../users/user.entity';
import { type PartnershipActivityEntity } from './partnership-activity.entity';

/**
 * Needs `caseStudies.publishedRevision` and `fundingProgramme` loaded. A case study that has
 * since become anonymous, unpublished or archived is left out: the page names both towns.
 */
export function toPartnershipActivity(activity: PartnershipActivityEntity): PartnershipActivity {
  return {
    id: activity.id,
    partnershipId: activity.partnershipId,
    kind: activity.kind,
    title: activity.title,
    description: activity.description,
    titleVariants: activity.titleVariants,
    descriptionVariants: activity.descriptionVariants,
    learnedVariants: activity.learnedVariants,
    startsOn: activity.startsOn,
    endsOn: activity.endsOn,
    isPublic: activity.isPublic,
    participantCount: activity.participantCount,
    participantRoles: activity.participantRoles,
    learned: activity.learned,
    caseStudies: activity.caseStudies
      .filter((caseStudy) => isPubliclyVisible(caseStudy) && !caseStudy.publishedAnonymously)
      .map((caseStudy) => ({ id: caseStudy.id, title: titleOf(caseStudy) }))
      .sort((a, b) => a.title.localeCompare(b.title)),
    funding:
      activity.kind === 'joint_project'
        ? {
            programme: activity.fundingProgramme ? { id: activity.fundingProgramme.id, name: activity.fundingProgramme.name } : null,
            amount: activity.fundingAmount,
            currency: activity.fundingCurrency,
          }
        : null,
  };
}

/** What an audit event keeps of an activity. */
export function auditedActivityFields(activity: PartnershipActivityEntity): Record<string, unknown> {
  const { partnership: _partnership, caseStudies, fundingProgramme: _programme, createdBy: _createdBy, createdAt: _createdAt, updatedAt: _updatedAt, ...fields } = activity;
  return { ...fields, caseStudyIds: caseStudies.map((caseStudy) => caseStudy.id).sort() };
}

export function toPartnershipContact(user: UserEntity): PartnershipContact {
  return { displayName: user.displayName, email: user.email, municipalityId: user.municipalityId! };
}
