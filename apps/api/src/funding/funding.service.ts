import { Inject, Injectable } from '@nestjs/common';
import {
  type FundingCall,
  type FundingCallInput,
  type FundingCallListQuery,
  type FundingCallUpdate,
  type FundingProgramme,
  type FundingProgrammeDetail,
  type FundingProgrammeInput,
  type FundingProgrammeListQuery,
  type FundingProgrammeUpdate,
  type Theme,
} from '@twinning/contracts';
import { AuditRepository, changedFields } from '../audit/audit.repository';
import { isPostgresError, PostgresErrorCode } from '../common/errors/postgres-errors';
import { APP_CONFIG } from '../config/config.module';
import { type ResolvedConfig } from '../config/app-config';
import { type Transaction, TransactionRunner } from '../database/transaction';
import { type UserEntity } from '../users/user.entity';
import { fundingCallsCalendar } from './funding-calendar';
import { FundingCallNotFoundException, FundingInvalidRangeException, FundingProgrammeNameTakenException, FundingProgrammeNotFoundException } from './funding.errors';
import { toFundingCall, toFundingProgramme, todayUtc } from './funding.mapper';
import { type CallFields, FundingRepository, type ProgrammeFields } from './funding.repository';

/** The catalogue of funding programmes and their calls: everyone reads it, moderators keep it (the routes say who). */
@Injectable()
export class FundingService {
  constructor(
    private readonly funding: FundingRepository,
    private readonly audit: AuditRepository,
    private readonly transactions: TransactionRunner,
    @Inject(APP_CONFIG) private readonly config: Pick<ResolvedConfig, 'publicUrl'>,
  ) {}

  async listProgrammes(query: FundingProgrammeListQuery): Promise<FundingProgramme[]> {
    return (await this.funding.listProgrammes(query)).map(toFundingProgramme);
  }

  async getProgramme(id: string): Promise<FundingProgrammeDetail> {
    const programme = await this.funding.findProgramme(id);
    if (!programme) throw new FundingProgrammeNotFoundException(id);
    const today = todayUtc();
    return { ...toFundingProgramme(programme), calls: (await this.funding.listCallsOfProgramme(id)).map((call) => toFundingCall(call, today)) };
  }

  async createProgramme(input: FundingProgrammeInput, actor: UserEntity): Promise<FundingProgramme> {
    checkGrantRange(input);
    return this.transactions.run(async (transaction) => {
      const created = toFundingProgramme(await this.writeProgramme(input.name, () => this.funding.insertProgramme({ ...input, archivedAt: null }, transaction)));
      await this.audit.record(transaction, { actorId: actor.id, action: 'funding_programme.created', entityType: 'funding_programme', entityId: created.id, after: { ...created } });
      return created;
    });
  }

  async updateProgramme(id: string, update: FundingProgrammeUpdate, actor: UserEntity): Promise<FundingProgramme> {
    return this.transactions.run(async (transaction) => {
      const before = await this.funding.findProgrammeForUpdate(id, transaction);
      if (!before) throw new FundingProgrammeNotFoundException(id);
      const { archived, ...fields } = update;
      checkGrantRange({ ...toFundingProgramme(before), ...fields });
      const changes: Partial<ProgrammeFields> = { ...fields };
      // Archiving keeps the first archiving time; bringing it back clears it.
      if (archived !== undefined && archived !== (before.archivedAt !== null)) changes.archivedAt = archived ? new Date() : null;
      const after = toFundingProgramme(await this.writeProgramme(fields.name ?? before.name, () => this.funding.updateProgramme(id, changes, transaction)));
      const diff = changedFields(toFundingProgramme(before), after);
      if (Object.keys(diff.after).length > 0) {
        await this.audit.record(transaction, { actorId: actor.id, action: 'funding_programme.updated', entityType: 'funding_programme', entityId: id, ...diff });
      }
      return after;
    });
  }

  async listCalls(query: FundingCallListQuery): Promise<FundingCall[]> {
    const today = todayUtc();
    const calls = (await this.funding.listCalls(query)).map((call) => toFundingCall(call, today));
    return query.status ? calls.filter((call) => call.status === query.status) : calls;
  }

  /** The deadlines of calls that have not closed yet, as an iCalendar feed. */
  async callsCalendar(theme: Theme | undefined): Promise<string> {
    const calls = (await this.listCalls({ theme })).filter((call) => call.status !== 'closed');
    return fundingCallsCalendar(calls, { host: new URL(this.config.publicUrl).hostname, now: new Date() });
  }

  async createCall(input: FundingCallInput, actor: UserEntity): Promise<FundingCall> {
    checkCallDates(input);
    return this.transactions.run(async (transaction) => {
      await this.requireProgramme(input.programmeId, transaction);
      const created = toFundingCall(await this.funding.insertCall(input, transaction), todayUtc());
      await this.audit.record(transaction, { actorId: actor.id, action: 'funding_call.created', entityType: 'funding_call', entityId: created.id, after: { ...created } });
      return created;
    });
  }

  async updateCall(id: string, changes: FundingCallUpdate, actor: UserEntity): Promise<FundingCall> {
    return this.transactions.run(async (transaction) => {
      const before = await this.funding.findCallForUpdate(id, transaction);
      if (!before) throw new FundingCallNotFoundException(id);
      checkCallDates({ ...before, ...changes });
      if (changes.programmeId !== undefined) await this.requireProgramme(changes.programmeId, transaction);
      const today = todayUtc();
      const after = toFundingCall(await this.funding.updateCall(id, changes as Partial<CallFields>, transaction), today);
      const diff = changedFields(toFundingCall(before, today), after);
      if (Object.keys(diff.after).length > 0) {
        await this.audit.record(transaction, { actorId: actor.id, action: 'funding_call.updated', entityType: 'funding_call', entityId: id, ...diff });
      }
      return after;
    });
  }

  private async requireProgramme(id: string, transaction: Transaction): Promise<void> {
    if (!(await this.funding.findProgramme(id, transaction))) throw new FundingProgrammeNotFoundException(id);
  }

  /** Runs an insert or update of a programme, turning the unique name's refusal into a 409. */
  private async writeProgramme<T>(name: string, write: () => Promise<T>): Promise<T> {
    return write().catch((error: unknown) => {
      if (isPostgresError(error, PostgresErrorCode.UniqueViolation)) throw new FundingProgrammeNameTakenException(name);
      throw error;
    });
  }
}

function checkGrantRange(programme: Pick<FundingProgrammeInput, 'typicalGrantMin' | 'typicalGrantMax'>): void {
  const { typicalGrantMin: min, typicalGrantMax: max } = programme;
  if (min !== null && max !== null && min > max) throw new FundingInvalidRangeException('typicalGrantMax', 'below_lowest', 'The typical grant’s highest amount is below its lowest.');
}

function checkCallDates(call: Pick<FundingCallInput, 'opensOn' | 'closesOn'>): void {
  if (call.closesOn < call.opensOn) throw new FundingInvalidRangeException('closesOn', 'end_before_start', 'The call closes before it opens.');
}
