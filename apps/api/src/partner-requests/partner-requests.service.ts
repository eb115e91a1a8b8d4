import { HttpStatus, Injectable, Logger } from '@nestjs/common';
import {
  type EarlierPartnership,
  type FacetValue,
  type MyPartnerRequests,
  PARTNER_REQUEST_FACETS,
  type PartnerAnswer,
  type PartnerAnswerDecision,
  type PartnerAnswerInput,
  type PartnerPairAwaitingConfirmation,
  type PartnerRequestDetail,
  PartnerRequestErrorCode,
  type PartnerRequestFacet,
  type PartnerRequestInput,
  type PartnerRequestListQuery,
  type PartnerRequestSearchResponse,
  partnerRequestStatus,
  populationBandOf,
} from '@twinning/contracts';
import { AuditRepository, changedFields } from '../audit/audit.repository';
import { AuthException } from '../auth/auth.errors';
import { toPage, toPagination } from '../common/dto/page-query.dto';
import { AppException } from '../common/errors/app.exception';
import { isPostgresError, PostgresErrorCode } from '../common/errors/postgres-errors';
import { ValidationException } from '../common/errors/validation.exception';
import { TransactionRunner, type Transaction } from '../database/transaction';
import { FundingRepository } from '../funding/funding.repository';
import { todayUtc } from '../funding/funding.mapper';
import { toPersonRef } from '../case-studies/case-study.mapper';
import { toMunicipalitySummary } from '../municipalities/municipality.mapper';
import { NotificationsRepository } from '../notifications/notifications.repository';
import { auditedPartnershipFields } from '../partnerships/partnership.mapper';
import { PartnershipsRepository } from '../partnerships/partnerships.repository';
import { SearchOutboxRepository } from '../search/search-outbox.repository';
import { SearchService } from '../search/search.service';
import { type UserEntity } from '../users/user.entity';
import { assertPartnerAnswerTransition } from './partner-answer-lifecycle';
import { type PartnerAnswerEntity } from './partner-answer.entity';
import { partnerRequestAccess, seesAnswer } from './partner-request-access';
import { PartnerRequestSearchRepository } from './partner-request-search.repository';
import { toPartnerAnswer, toPartnerRequestSummary } from './partner-request.mapper';
import { type PartnerRequestEntity } from './partner-request.entity';
import { type FacetCounts, type FacetFilters, PartnerRequestsRepository } from './partner-requests.repository';

const RELEVANT_PRACTICES = 5;

@Injectable()
export class PartnerRequestsService {
  private readonly logger = new Logger(PartnerRequestsService.name);

  constructor(
    private readonly requests: PartnerRequestsRepository,
    private readonly index: PartnerRequestSearchRepository,
    private readonly funding: FundingRepository,
    private readonly partnerships: PartnershipsRepository,
    private readonly notifications: NotificationsRepository,
    private readonly searchOutbox: SearchOutboxRepository,
    private readonly search: SearchService,
    private readonly audit: AuditRepository,
    private readonly transactions: TransactionRunner,
  ) {}

  /**
   * A town's staff post a request. Towns whose published practices share a theme, and whose size
   * and country the request takes, are told.
   */
  async postRequest(input: PartnerRequestInput, user: UserEntity): Promise<PartnerRequestDetail> {
    if (user.role !== 'staff' || !user.municipalityId) throw AuthException.forbidden();
    const today = todayUtc();
    if (input.deadline < today) throw new ValidationException([{ field: 'deadline', rule: 'in_the_past', reason: 'must be today or later' }]);
    await this.assertFunding(input);
    const request = await this.transactions.run(async (transaction) => {
      const created = await this.requests.insert({ ...input, municipalityId: user.municipalityId!, createdById: user.id }, transaction);
      await this.searchOutbox.enqueuePartnerRequests(transaction, [created.id]);
      await this.notifyMatchingTowns(created, transaction);
      await this.audit.record(transaction, { actorId: user.id, action: 'partner_request.posted', entityType: 'partner_request', entityId: created.id, after: { title: created.title, deadline: created.deadline } });
      return created;
    });
    return this.toDetail(request, user);
  }

  async getRequest(id: string, user: UserEntity | undefined): Promise<PartnerRequestDetail> {
    const request = await this.requests.findById(id);
    if (!request) throw partnerRequestNotFound(id);
    return this.toDetail(request, user);
  }

  /** Meilisearch answers; when it cannot, PostgreSQL does with the same filters, and the answer says `degraded`. */
  async searchRequests(query: PartnerRequestListQuery): Promise<PartnerRequestSearchResponse> {
    const pagination = toPagination(query);
    const today = todayUtc();
    const filters: FacetFilters = {
      theme: query.theme,
      sdg: query.sdg?.map(String),
      country: query.country,
      language: query.language,
      programme: query.programme,
      partner_population_band: query.partner_population_band,
      status: query.status ?? ['open'],
    };
    let found: { ids: string[]; total: number; facets: FacetCounts };
    let degraded = false;
    try {
      found = await this.index.searchRequests(query.q, filters, today, pagination);
    } catch (error) {
      this.logger.warn(`Meilisearch did not answer; searching partner requests in PostgreSQL instead: ${String(error)}`);
      found = await this.requests.search(query, filters, today, pagination);
      degraded = true;
    }
    const rows = await this.requests.findSummaries(found.ids);
    const counts = await this.requests.answerCounts(found.ids);
    return {
      ...toPage({ rows, total: found.total }, pagination, (row) => toPartnerRequestSummary(row, counts.get(row.id) ?? 0, today)),
      facets: await this.toFacets(found.facets),
      degraded,
    };
  }

  async listMine(user: UserEntity): Promise<MyPartnerRequests> {
    if (user.role !== 'staff' || !user.municipalityId) throw AuthException.forbidden();
    const today = todayUtc();
    const posted = await this.requests.listPostedBy(user.municipalityId);
    const answers = await this.requests.listAnswersBy(user.municipalityId);
    const counts = await this.requests.answerCounts([...posted.map((request) => request.id), ...answers.map((answer) => answer.requestId)]);
    return {
      posted: posted.map((request) => toPartnerRequestSummary(request, counts.get(request.id) ?? 0, today)),
      answered: answers.map((answer) => ({ request: toPartnerRequestSummary(answer.request, counts.get(answer.requestId) ?? 0, today), answer: toPartnerAnswer(answer) })),
    };
  }

  /** Staff of another town answer an open request with interest and a message; the posting town is told. */
  async answerRequest(id: string, input: PartnerAnswerInput, user: UserEntity): Promise<PartnerAnswer> {
    const request = await this.requests.findById(id);
    if (!request) throw partnerRequestNotFound(id);
    const access = partnerRequestAccess(request, user);
    if (access.poster) throw new AppException(HttpStatus.CONFLICT, PartnerRequestErrorCode.OwnRequest, 'A town answers other towns’ requests, not its own.');
    if (!access.answeringTownId) throw AuthException.forbidden();
    assertOpen(request);
    return this.transactions.run(async (transaction) => {
      const answer = await this.requests
        .insertAnswer({ requestId: id, municipalityId: access.answeringTownId!, createdById: user.id, message: input.message }, transaction)
        .catch((error: unknown) => {
          if (isPostgresError(error, PostgresErrorCode.UniqueViolation)) throw new AppException(HttpStatus.CONFLICT, PartnerRequestErrorCode.AlreadyAnswered, 'Your town has already answered this request.');
          throw error;
        });
      await this.notifications.notifyStaffOf(request.municipalityId, user.id, { kind: 'partner_request_answered', title: request.title, partnerRequestId: id }, transaction);
      await this.audit.record(transaction, { actorId: user.id, action: 'partner_request.answered', entityType: 'partner_answer', entityId: answer.id, after: { requestId: id, status: answer.status } });
      return toPartnerAnswer(answer);
    });
  }

  /**
   * The posting town shortlists or accepts an answer (one or more) while the request is open. The
   * answering town is told; an accepted pair waits for a moderator, who is told too.
   */
  async decideAnswer(answerId: string, decision: PartnerAnswerDecision, user: UserEntity): Promise<PartnerAnswer> {
    return this.transactions.run(async (transaction) => {
      const answer = await this.lockAnswer(answerId, transaction);
      if (!partnerRequestAccess(answer.request, user).poster) throw AuthException.forbidden();
      assertOpen(answer.request);
      assertPartnerAnswerTransition(answer.status, decision.status);
      const updated = await this.requests.updateAnswer(answerId, { status: decision.status }, transaction);
      const news = { title: answer.request.title, partnerRequestId: answer.requestId };
      await this.notifications.notifyStaffOf(answer.municipalityId, user.id, { ...news, kind: decision.status === 'accepted' ? 'partner_answer_accepted' : 'partner_answer_shortlisted' }, transaction);
      if (decision.status === 'accepted') await this.notifications.notifyModerators(user.id, { ...news, kind: 'partner_pair_awaiting_confirmation' }, transaction);
      await this.audit.record(transaction, { actorId: user.id, action: 'partner_answer.decided', entityType: 'partner_answer', entityId: answerId, before: { status: answer.status }, after: { status: decision.status } });
      return toPartnerAnswer(updated);
    });
  }

  async listAwaitingConfirmation(): Promise<PartnerPairAwaitingConfirmation[]> {
    const today = todayUtc();
    const answers = await this.requests.listAwaitingConfirmation();
    const counts = await this.requests.answerCounts(answers.map((answer) => answer.requestId));
    return answers.map((answer) => ({ request: toPartnerRequestSummary(answer.request, counts.get(answer.requestId) ?? 0, today), answer: toPartnerAnswer(answer) }));
  }

  /**
   * A moderator confirms an accepted pair: it becomes a project partnership of the two towns,
   * aimed at the request's programme and call, and both towns are told. A pair keeps one
   * partnership whatever its kind, so towns already partners get the answer linked to the
   * partnership they have, which takes the request's programme and call if it aims at none yet
   * (nothing it holds is overwritten). The request may have closed meanwhile: the pair was agreed
   * before.
   */
  async confirmPair(answerId: string, user: UserEntity): Promise<PartnerAnswer> {
    return this.transactions.run(async (transaction) => {
      const answer = await this.lockAnswer(answerId, transaction);
      assertPartnerAnswerTransition(answer.status, 'confirmed');
      const { request } = answer;
      const pair: [string, string] = [request.municipalityId, answer.municipalityId];
      const funding = { fundingProgrammeId: request.fundingProgrammeId, fundingCallId: request.fundingCallId };
      const existing = await this.partnerships.findByPairForUpdate(pair, transaction);
      let partnershipId: string;
      if (!existing) {
        const created = await this.partnerships.insert(
          pair,
          {
            kind: 'project',
            sinceYear: new Date().getUTCFullYear(),
            status: 'active',
            programme: null,
            ...funding,
            agreementSignedOn: null,
            agreementUrl: null,
            agreementText: '',
            description: request.title,
            descriptionVariants: {},
          },
          transaction,
        ).catch((error: unknown) => {
          // Another confirmation made the pair's partnership in the meantime.
          if (isPostgresError(error, PostgresErrorCode.UniqueViolation)) throw new AppException(HttpStatus.CONFLICT, PartnerRequestErrorCode.PartnershipExists, 'These two towns became partners meanwhile; confirm again.');
          throw error;
        });
        partnershipId = created.id;
        // "Only my partner towns" in the case study search reads the partnerships.
        await this.searchOutbox.enqueueMunicipalities(transaction, pair);
        await this.audit.record(transaction, { actorId: user.id, action: 'partnership.created', entityType: 'partnership', entityId: created.id, after: { ...auditedPartnershipFields(created), partnerAnswerId: answerId } });
      } else {
        partnershipId = existing.id;
        if (existing.fundingProgrammeId === null && existing.fundingCallId === null && (funding.fundingProgrammeId || funding.fundingCallId)) {
          const after = await this.partnerships.update(existing.id, funding, transaction);
          await this.audit.record(transaction, { actorId: user.id, action: 'partnership.updated', entityType: 'partnership', entityId: existing.id, ...changedFields(auditedPartnershipFields(existing), auditedPartnershipFields(after)) });
        }
      }
      const updated = await this.requests.updateAnswer(answerId, { status: 'confirmed', partnershipId }, transaction);
      const news = { kind: 'partner_pair_confirmed' as const, title: request.title, partnerRequestId: request.id };
      await this.notifications.notifyStaffOf(request.municipalityId, null, news, transaction);
      await this.notifications.notifyStaffOf(answer.municipalityId, null, news, transaction);
      return toPartnerAnswer(updated);
    });
  }

  private async lockAnswer(answerId: string, transaction: Transaction): Promise<PartnerAnswerEntity> {
    const answer = await this.requests.findAnswerForUpdate(answerId, transaction);
    if (!answer) throw new AppException(HttpStatus.NOT_FOUND, PartnerRequestErrorCode.AnswerNotFound, `No answer has the id ${answerId}.`);
    return answer;
  }

  /** The programme and call exist, and the call is of the programme when both are named. */
  private async assertFunding(input: PartnerRequestInput): Promise<void> {
    const programme = input.fundingProgrammeId ? await this.funding.findProgramme(input.fundingProgrammeId) : null;
    if (input.fundingProgrammeId && !programme) throw new ValidationException([{ field: 'fundingProgrammeId', rule: 'unknown_reference', reason: 'names a programme that does not exist' }]);
    const call = input.fundingCallId ? await this.funding.findCall(input.fundingCallId) : null;
    if (input.fundingCallId && !call) throw new ValidationException([{ field: 'fundingCallId', rule: 'unknown_reference', reason: 'names a call that does not exist' }]);
    if (call && programme && call.programmeId !== programme.id) throw new ValidationException([{ field: 'fundingCallId', rule: 'call_of_other_programme', reason: 'is a call of another programme than fundingProgrammeId' }]);
  }

  private async notifyMatchingTowns(request: PartnerRequestEntity, transaction: Transaction): Promise<void> {
    const towns = await this.requests.townsWorkingOn(request.themes, request.municipalityId, transaction);
    const matching = towns.filter(
      (town) =>
        (request.partnerPopulationBands.length === 0 || request.partnerPopulationBands.includes(populationBandOf(town.population))) &&
        (request.partnerCountries.length === 0 || request.partnerCountries.includes(town.country)),
    );
    for (const town of matching) {
      await this.notifications.notifyStaffOf(town.id, null, { kind: 'partner_request_matches', title: request.title, partnerRequestId: request.id }, transaction);
    }
  }

  /** Needs the request with its answers loaded. */
  private async toDetail(request: PartnerRequestEntity, user: UserEntity | undefined): Promise<PartnerRequestDetail> {
    const access = partnerRequestAccess(request, user);
    const answers = request.answers.filter((answer) => seesAnswer(access, answer)).sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
    const towns = [request.municipalityId, ...answers.map((answer) => answer.municipalityId)];
    const relevant = await this.search.searchCaseStudies({ theme: request.themes, per_page: RELEVANT_PRACTICES }, { hitsOnly: true }).catch((error: unknown) => {
      this.logger.warn(`No relevant practices for partner request ${request.id}: ${String(error)}`);
      return { hits: [] };
    });
    return {
      ...toPartnerRequestSummary(request, request.answers.length, todayUtc()),
      description: request.description,
      offers: request.offers,
      seeks: request.seeks,
      author: toPersonRef(request.createdBy),
      answers: answers.map(toPartnerAnswer),
      relevantPractices: relevant.hits,
      earlierPartnerships: await this.earlierPartnerships(towns),
    };
  }

  private async earlierPartnerships(municipalityIds: string[]): Promise<EarlierPartnership[]> {
    const seen = new Map<string, EarlierPartnership>();
    for (const municipalityId of new Set(municipalityIds)) {
      for (const partnership of await this.partnerships.findByMunicipality(municipalityId)) {
        seen.set(partnership.id, { partnershipId: partnership.id, sinceYear: partnership.sinceYear, municipalities: [toMunicipalitySummary(partnership.municipalityA), toMunicipalitySummary(partnership.municipalityB)] });
      }
    }
    return [...seen.values()].sort((a, b) => b.sinceYear - a.sinceYear);
  }

  private async toFacets(counts: FacetCounts): Promise<Record<PartnerRequestFacet, FacetValue[]>> {
    const names = await this.requests.programmeNames(Object.keys(counts.programme));
    return Object.fromEntries(
      PARTNER_REQUEST_FACETS.map((facet) => [
        facet,
        Object.entries(counts[facet])
          .map(([value, count]) => (facet === 'programme' ? { value, count, label: names.get(value) ?? value } : { value, count }))
          .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value)),
      ]),
    ) as Record<PartnerRequestFacet, FacetValue[]>;
  }
}

function assertOpen(request: PartnerRequestEntity): void {
  if (partnerRequestStatus(request, todayUtc()) === 'closed') {
    throw new AppException(HttpStatus.CONFLICT, PartnerRequestErrorCode.Closed, `The request closed after its deadline, ${request.deadline}.`, [
      { field: 'deadline', rule: 'wrong_state', reason: 'is closed', params: { state: 'closed' } },
    ]);
  }
}

function partnerRequestNotFound(id: string): AppException {
  return new AppException(HttpStatus.NOT_FOUND, PartnerRequestErrorCode.NotFound, `No partner request has the id ${id}.`);
}
