import { HttpStatus, Injectable } from '@nestjs/common';
import {
  type ApiErrorDetail,
  type PartnershipActivity,
  type PartnershipActivityInput,
  type PartnershipActivityUpdate,
  type PartnershipDetail,
  PartnershipErrorCode,
} from '@twinning/contracts';
import { AdaptationsService } from '../adaptations/adaptations.service';
import { AuditRepository, changedFields } from '../audit/audit.repository';
import { AuthException } from '../auth/auth.errors';
import { AppException } from '../common/errors/app.exception';
import { ValidationException } from '../common/errors/validation.exception';
import { type Transaction, TransactionRunner } from '../database/transaction';
import { FundingRepository } from '../funding/funding.repository';
import { type UserEntity } from '../users/user.entity';
import { partnershipAccess } from './partnership-access';
import { type ActivityFields, PartnershipActivitiesRepository } from './partnership-activities.repository';
import { auditedActivityFields, toPartnershipActivity, toPartnershipContact } from './partnership-activity.mapper';
import { type PartnershipEntity } from './partnership.entity';
import { toPartnership } from './partnership.mapper';
import { PartnershipsRepository } from './partnerships.repository';
import { partnershipNotFound } from './partnerships.service';

/** A partnership's page and its activities: what the two towns did together and what it built. */
@Injectable()
export class PartnershipActivitiesService {
  constructor(
    private readonly partnerships: PartnershipsRepository,
    private readonly activities: PartnershipActivitiesRepository,
    private readonly adaptations: AdaptationsService,
    private readonly funding: FundingRepository,
    private readonly audit: AuditRepository,
    private readonly transactions: TransactionRunner,
  ) {}

  async getPartnershipPage(id: string, user: UserEntity | undefined): Promise<PartnershipDetail> {
    const partnership = await this.partnerships.findById(id);
    if (!partnership) throw partnershipNotFound(id);
    const access = partnershipAccess(partnership, user);
    const pair = [partnership.municipalityAId, partnership.municipalityBId];
    const [activities, travelledPractices, contacts] = await Promise.all([
      this.activities.listForPartnership(id, access.editsActivities),
      this.adaptations.listBetweenTowns(pair[0], pair[1]),
      access.seesContacts ? this.activities.staffOf(pair) : null,
    ]);
    return {
      ...toPartnership(partnership),
      activities: activities.map(toPartnershipActivity),
      travelledPractices,
      contacts: contacts && contacts.map(toPartnershipContact),
      canEditActivities: access.editsActivities,
    };
  }

  async addActivity(partnershipId: string, input: PartnershipActivityInput, user: UserEntity): Promise<PartnershipActivity> {
    return this.transactions.run(async (transaction) => {
      await this.editablePartnership(partnershipId, user, transaction);
      const fields: ActivityFields = {
        partnershipId,
        kind: input.kind,
        title: input.title,
        description: input.description,
        titleVariants: input.titleVariants ?? {},
        descriptionVariants: input.descriptionVariants ?? {},
        learnedVariants: input.learnedVariants ?? {},
        startsOn: input.startsOn,
        endsOn: input.endsOn,
        isPublic: input.isPublic,
        participantCount: input.participantCount,
        participantRoles: input.participantRoles,
        learned: input.learned,
        fundingProgrammeId: input.fundingProgrammeId ?? null,
        fundingAmount: input.fundingAmount ?? null,
        fundingCurrency: input.fundingCurrency ?? null,
        createdById: user.id,
      };
      await this.assertValid(fields, input.caseStudyIds, transaction);
      const created = await this.activities.save(fields, input.caseStudyIds, transaction);
      await this.audit.record(transaction, { actorId: user.id, action: 'partnership_activity.created', entityType: 'partnership_activity', entityId: created.id, after: auditedActivityFields(created) });
      return toPartnershipActivity(created);
    });
  }

  async updateActivity(partnershipId: string, activityId: string, changes: PartnershipActivityUpdate, user: UserEntity): Promise<PartnershipActivity> {
    return this.transactions.run(async (transaction) => {
      await this.editablePartnership(partnershipId, user, transaction);
      const before = await this.activities.findInPartnership(partnershipId, activityId, transaction);
      if (!before) throw activityNotFound(activityId);
      const { caseStudyIds = before.caseStudies.map((caseStudy) => caseStudy.id), ...fieldChanges } = changes;
      const { partnership: _p, caseStudies: _c, fundingProgramme: _f, createdBy: _u, createdAt: _a, updatedAt: _b, ...current } = before;
      const fields = { ...current, ...fieldChanges };
      await this.assertValid(fields, caseStudyIds, transaction);
      const after = await this.activities.save(fields, caseStudyIds, transaction);
      const diff = changedFields(auditedActivityFields(before), auditedActivityFields(after));
      if (Object.keys(diff.after).length > 0) {
        await this.audit.record(transaction, { actorId: user.id, action: 'partnership_activity.updated', entityType: 'partnership_activity', entityId: activityId, ...diff });
      }
      return toPartnershipActivity(after);
    });
  }

  async deleteActivity(partnershipId: string, activityId: string, user: UserEntity): Promise<void> {
    await this.transactions.run(async (transaction) => {
      await this.editablePartnership(partnershipId, user, transaction);
      const activity = await this.activities.findInPartnership(partnershipId, activityId, transaction);
      if (!activity) throw activityNotFound(activityId);
      await this.activities.delete(activityId, transaction);
      await this.audit.record(transaction, { actorId: user.id, action: 'partnership_activity.deleted', entityType: 'partnership_activity', entityId: activityId, before: auditedActivityFields(activity) });
    });
  }

  /** 404 for a partnership that does not exist, 403 for anyone but staff of its two towns and moderators. */
  private async editablePartnership(id: string, user: UserEntity, transaction: Transaction): Promise<PartnershipEntity> {
    const partnership = await this.partnerships.findById(id, transaction);
    if (!partnership) throw partnershipNotFound(id);
    if (!partnershipAccess(partnership, user).editsActivities) throw AuthException.forbidden();
    return partnership;
  }

  /** The rules that span fields; each broken one a detail of one 400. */
  private async assertValid(fields: ActivityFields, caseStudyIds: string[], transaction: Transaction): Promise<void> {
    const problems: ApiErrorDetail[] = [];
    if (fields.endsOn !== null && fields.endsOn < fields.startsOn) problems.push({ field: 'endsOn', rule: 'end_before_start', reason: 'must not be before startsOn' });
    if (fields.kind !== 'joint_project') {
      for (const field of ['fundingProgrammeId', 'fundingAmount', 'fundingCurrency'] as const) {
        if (fields[field] !== null) problems.push({ field, rule: 'not_allowed_value', reason: 'is only for a joint project' });
      }
    } else if ((fields.fundingAmount === null) !== (fields.fundingCurrency === null)) {
      problems.push({ field: 'fundingCurrency', rule: 'needs_budget_amount', reason: 'goes with fundingAmount: give both or neither' });
    }
    if (fields.fundingProgrammeId && !(await this.funding.findProgramme(fields.fundingProgrammeId, transaction))) {
      problems.push({ field: 'fundingProgrammeId', rule: 'unknown_reference', reason: 'names a programme that does not exist' });
    }
    const named = await this.activities.namedPublishedCaseStudyIds(caseStudyIds, transaction);
    if (caseStudyIds.some((id) => !named.has(id))) {
      problems.push({ field: 'caseStudyIds', rule: 'unknown_reference', reason: 'names a case study that is not published under its town’s name' });
    }
    if (problems.length > 0) throw new ValidationException(problems);
  }
}

function activityNotFound(id: string): AppException {
  return new AppException(HttpStatus.NOT_FOUND, PartnershipErrorCode.ActivityNotFound, `No activity of this partnership has the id ${id}.`);
}
