import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Not, Repository } from 'typeorm';
import { type Transaction } from '../database/transaction';
import { SessionEntity } from './session.entity';

@Injectable()
export class SessionsRepository {
  constructor(
    @InjectRepository(SessionEntity) private readonly sessions: Repository<SessionEntity>,
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
}
