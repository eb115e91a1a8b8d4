import { HttpStatus, Injectable } from '@nestjs/common';
import { type Adaptation, AdaptationErrorCode, type AdaptationSummary, type CaseStudyDetail, type CheckInRequest, type MunicipalityAdaptations, type StartAdaptationRequest } from '@twinning/contracts';
import { AuditRepository } from '../audit/audit.repository';
import { AuthException } from '../auth/auth.errors';
import { caseStudyAccess, isPubliclyVisible } from '../case-studies/case-study-access';
import { type CaseStudyEntity } from '../case-studies/case-study.entity';
import { titleOf } from '../case-studies/case-study.mapper';
import { CaseStudiesRepository } from '../case-studies/case-studies.repository';
import { CaseStudiesService } from '../case-studies/case-studies.service';
import { CaseStudyException } from '../case-studies/case-studies.errors';
import { AppException } from '../common/errors/app.exception';
import { isPostgresError, PostgresErrorCode } from '../common/errors/postgres-errors';
import { TransactionRunner } from '../database/transaction';
import { MunicipalitiesRepository } from '../municipalities/municipalities.repository';
import { MunicipalityNotFoundException } from '../municipalities/municipalities.errors';
import { NotificationsRepository } from '../notifications/notifications.repository';
import { SearchOutboxRepository } from '../search/search-outbox.repository';
import { type UserEntity } from '../users/user.entity';
import { assertAdaptationTransition } from './adaptation-lifecycle';
import { type AdaptationEntity } from './adaptation.entity';
import { toAdaptation, toAdaptationSummary, WRITE_UP_TEXTS, writeUpContent } from './adaptation.mapper';
import { AdaptationsRepository } from './adaptations.repository';

@Injectable()
export class AdaptationsService {
  constructor(
    private readonly adaptations: AdaptationsRepository,
    private readonly caseStudies: CaseStudiesRepository,
    private readonly caseStudyService: CaseStudiesService,
    private readonly municipalities: MunicipalitiesRepository,
    private readonly notifications: NotificationsRepository,
    private readonly searchOutbox: SearchOutboxRepository,
    private readonly audit: AuditRepository,
    private readonly transactions: TransactionRunner,
  ) {}

  /**
   * Staff start adapting another town's published practice for their own town. Its staff are
   * told, and its adaptation count (search, "most adapted") goes up.
   */
  async startAdaptation(caseStudyId: string, request: StartAdaptationRequest, user: UserEntity): Promise<Adaptation> {
    if (user.role !== 'staff' || !user.municipalityId) throw AuthException.forbidden();
    const original = await this.publishedCaseStudy(caseStudyId);
    if (original.municipalityId === user.municipalityId) {
      throw new AppException(HttpStatus.CONFLICT, AdaptationErrorCode.OwnPractice, 'A town adapts other towns’ practices, not its own.');
    }
    const adaptation = await this.transactions.run(async (transaction) => {
      const created = await this.adaptations
        .insert({ caseStudyId, municipalityId: user.municipalityId!, localContext: request.localContext, changes: request.changes, plannedSteps: request.plannedSteps, createdById: user.id }, transaction)
        .catch((error: unknown) => {
          if (isPostgresError(error, PostgresErrorCode.UniqueViolation)) {
            throw new AppException(HttpStatus.CONFLICT, AdaptationErrorCode.AlreadyAdapting, 'Your municipality is already adapting this practice.');
          }
          throw error;
        });
      await this.searchOutbox.enqueue(transaction, [caseStudyId]);
      await this.notifications.notifyStaffOf(created.caseStudy.municipalityId, user.id, { kind: 'adaptation_started', caseStudyId, title: titleOf(created.caseStudy), adaptationId: created.id }, transaction);
      await this.audit.record(transaction, { actorId: user.id, action: 'adaptation.started', entityType: 'adaptation', entityId: created.id, after: { caseStudyId, status: created.status } });
      return created;
    });
    return toAdaptation(adaptation, undefined, user);
  }

  async getAdaptation(id: string, user: UserEntity | undefined): Promise<Adaptation> {
    const adaptation = await this.adaptations.findById(id);
    if (!adaptation || !caseStudyAccess(adaptation.caseStudy, user).seesCaseStudy) throw adaptationNotFound(id);
    const writeUps = await this.adaptations.writeUpsOf([id]);
    return toAdaptation(adaptation, writeUps.get(id), user);
  }

  /** How the practice travelled: the towns adapting it, their status and why any stopped. */
  async listAdaptations(caseStudyId: string, user: UserEntity | undefined): Promise<AdaptationSummary[]> {
    await this.publishedCaseStudy(caseStudyId);
    const adaptations = await this.adaptations.listForCaseStudy(caseStudyId);
    const writeUps = await this.adaptations.writeUpsOf(adaptations.map((adaptation) => adaptation.id));
    return adaptations.map((adaptation) => toAdaptationSummary(adaptation, writeUps.get(adaptation.id), user));
  }

  /**
   * A town's page, the same for everyone: what it adapts and who adapts its practices. Write-ups
   * are linked as a visitor may follow them, so an anonymous one stays unlinked.
   */
  async listAroundTown(municipalityId: string): Promise<MunicipalityAdaptations> {
    if (!(await this.municipalities.findById(municipalityId))) throw new MunicipalityNotFoundException(municipalityId);
    const summaries = await this.summariesForEveryone(await this.adaptations.listAroundTown(municipalityId));
    return {
      ofOtherPractices: summaries.filter((summary) => summary.municipality.id === municipalityId),
      ofItsPractices: summaries.filter((summary) => summary.municipality.id !== municipalityId),
    };
  }

  /** A partnership's page: the practices that travelled between its two towns, shown as on a town's page. */
  async listBetweenTowns(first: string, second: string): Promise<AdaptationSummary[]> {
    return this.summariesForEveryone(await this.adaptations.listBetweenTowns(first, second));
  }

  private async summariesForEveryone(adaptations: AdaptationEntity[]): Promise<AdaptationSummary[]> {
    const writeUps = await this.adaptations.writeUpsOf(adaptations.map((adaptation) => adaptation.id));
    return adaptations.map((adaptation) => toAdaptationSummary(adaptation, writeUps.get(adaptation.id), undefined));
  }

  /** A dated check-in by the adapting town's staff: a progress note, the next step, or discontinuing with a reason. */
  async checkIn(id: string, request: CheckInRequest, user: UserEntity): Promise<Adaptation> {
    const adaptation = await this.transactions.run(async (transaction) => {
      const current = await this.adaptations.findByIdForUpdate(id, transaction);
      if (!current || !caseStudyAccess(current.caseStudy, user).seesCaseStudy) throw adaptationNotFound(id);
      if (user.role !== 'staff' || user.municipalityId !== current.municipalityId) throw AuthException.forbidden();
      assertAdaptationTransition(current.status, request.status);
      const updated = await this.adaptations.recordCheckIn(
        id,
        { status: request.status, note: request.note, results: request.results, authorId: user.id },
        { status: request.status, discontinuedReason: request.status === 'discontinued' ? request.note : null },
        transaction,
      );
      await this.notifications.notifyStaffOf(current.caseStudy.municipalityId, user.id, { kind: 'adaptation_check_in', caseStudyId: current.caseStudyId, title: titleOf(current.caseStudy), adaptationId: id }, transaction);
      if (request.status !== current.status) {
        await this.audit.record(transaction, { actorId: user.id, action: 'adaptation.status_changed', entityType: 'adaptation', entityId: id, before: { status: current.status }, after: { status: request.status } });
      }
      return updated;
    });
    // No write-up to show: only an implemented or discontinued adaptation has one, and those take no check-in.
    return toAdaptation(adaptation, undefined, user);
  }

  /**
   * A finished adaptation (implemented or discontinued) becomes a draft case study of the adapting
   * town, pre-filled from the adaptation and linked "adapted from" the original; from there it is
   * edited, submitted and moderated like any other. One write-up per adaptation.
   */
  async writeUp(id: string, user: UserEntity): Promise<CaseStudyDetail> {
    const adaptation = await this.adaptations.findById(id);
    if (!adaptation || !caseStudyAccess(adaptation.caseStudy, user).seesCaseStudy) throw adaptationNotFound(id);
    if (user.role !== 'staff' || user.municipalityId !== adaptation.municipalityId) throw AuthException.forbidden();
    if (adaptation.status !== 'implemented' && adaptation.status !== 'discontinued') {
      throw new AppException(HttpStatus.CONFLICT, AdaptationErrorCode.NotFinished, 'Only an implemented or discontinued adaptation can be written up as a case study.', [
        { field: 'status', rule: 'wrong_state', reason: `is ${adaptation.status}`, params: { state: adaptation.status } },
      ]);
    }
    return this.caseStudyService.createCaseStudy({ content: writeUpContent(adaptation, user) }, user, id, WRITE_UP_TEXTS).catch((error: unknown) => {
      // The unique adapted_from_id lets one write-up through, also of two requests at once.
      if (isPostgresError(error, PostgresErrorCode.UniqueViolation)) {
        throw new AppException(HttpStatus.CONFLICT, AdaptationErrorCode.AlreadyWrittenUp, 'This adaptation already has its case study.');
      }
      throw error;
    });
  }

  /** Only what the public can see can be adapted or listed. */
  private async publishedCaseStudy(caseStudyId: string): Promise<CaseStudyEntity> {
    const caseStudy = await this.caseStudies.findById(caseStudyId);
    if (!caseStudy || !isPubliclyVisible(caseStudy)) throw CaseStudyException.notFound(caseStudyId);
    return caseStudy;
  }
}

function adaptationNotFound(id: string): AppException {
  return new AppException(HttpStatus.NOT_FOUND, AdaptationErrorCode.NotFound, `No adaptation you may see has the id ${id}.`);
}
