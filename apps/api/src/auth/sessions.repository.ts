import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Not, Repository } from 'typeorm';
import { type Transaction } from '../database/transaction';
import { SessionEntity } from './session.entity';
import { SignInAttemptEntity } from './sign-in-attempt.entity';

@Injectable()
export class SessionsRepository {
  constructor(
    @InjectRepository(SessionEntity) private readonly sessions: Repository<SessionEntity>,
    @InjectRepository(SignInAttemptEntity) private readonly attempts: Repository<SignInAttemptEntity>,
  ) {}

  async create(session: Pick<SessionEntity, 'tokenHash' | 'userId' | 'csrfToken' | 'expiresAt'>, transaction?: Transaction): Promise<void> {
    const repository = transaction ? transaction.getRepository(SessionEntity) : this.sessions;
    await repository.insert({ ...session, lastSeenAt: new Date() });
  }

  /** The live session of an active account holding this token, with the account and its municipality. */
  findLive(tokenHash: Buffer): Promise<SessionEntity | null> {
    return this.sessions
      .createQueryBuilder('s')
      .innerJoinAndSelect('s.user', 'user', 'user.deactivated_at IS NULL')
      .leftJoinAndSelect('user.municipality', 'municipality')
      .where('s.token_hash = :tokenHash AND s.expires_at > now()', { tokenHash })
      .getOne();
  }

  async touch(id: string, expiresAt: Date): Promise<void> {
    await this.sessions.update({ id }, { lastSeenAt: new Date(), expiresAt });
  }

  async deleteByTokenHash(tokenHash: Buffer): Promise<void> {
    await this.sessions.delete({ tokenHash });
  }

  async deleteAllOfUser(userId: string, transaction?: Transaction): Promise<void> {
    const repository = transaction ? transaction.getRepository(SessionEntity) : this.sessions;
    await repository.delete({ userId });
  }

  /** Every session of the user but one (after a password change: the browser that changed it stays signed in). */
  async deleteOthersOfUser(userId: string, keepSessionId: string, transaction: Transaction): Promise<void> {
    await transaction.getRepository(SessionEntity).delete({ userId, id: Not(keepSessionId) });
  }

  async recordAttempt(attempt: Pick<SignInAttemptEntity, 'email' | 'address' | 'succeeded'>): Promise<void> {
    await this.attempts.insert(attempt);
  }

  /**
   * Failed attempts within the window: for the account, only those since its last success; for
   * the address, all of them. `oldest` says when the first counted one leaves the window.
   */
  async countRecentFailures(key: { email: string } | { address: string }, since: Date): Promise<{ count: number; oldest: Date | null }> {
    const column = 'email' in key ? 'email' : 'address';
    const value = 'email' in key ? key.email : key.address;
    const sinceLastSuccess =
      column === 'email'
        ? `AND attempted_at > coalesce((SELECT max(attempted_at) FROM sign_in_attempts WHERE email = $1 AND succeeded), '-infinity')`
        : '';
    const [row] = (await this.attempts.query(
      `SELECT count(*)::int AS count, min(attempted_at) AS oldest FROM sign_in_attempts
       WHERE ${column} = $1 AND NOT succeeded AND attempted_at > $2 ${sinceLastSuccess}`,
      [value, since],
    )) as { count: number; oldest: Date | null }[];
    return row;
  }
}
