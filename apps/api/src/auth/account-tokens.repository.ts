import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, MoreThan, Repository } from 'typeorm';
import { type Transaction } from '../database/transaction';
import { AccountTokenEntity, type AccountTokenPurpose } from './account-token.entity';

@Injectable()
export class AccountTokensRepository {
  constructor(@InjectRepository(AccountTokenEntity) private readonly tokens: Repository<AccountTokenEntity>) {}

  async insert(tokens: Pick<AccountTokenEntity, 'tokenHash' | 'purpose' | 'userId' | 'expiresAt'>[], transaction?: Transaction): Promise<void> {
    if (tokens.length > 0) await this.repository(transaction).insert(tokens.map((token) => ({ ...token, usedAt: null })));
  }

  /** An unused, unexpired token of this purpose. */
  findOpen(tokenHash: Buffer, purpose: AccountTokenPurpose): Promise<AccountTokenEntity | null> {
    return this.tokens
      .createQueryBuilder('t')
      .where('t.token_hash = :tokenHash AND t.purpose = :purpose AND t.used_at IS NULL AND (t.expires_at IS NULL OR t.expires_at > now())', { tokenHash, purpose })
      .getOne();
  }

  /**
   * Marks an unused, unexpired token of this purpose used and returns it; null when there is none.
   * One UPDATE does both, so a link clicked twice at once works once.
   */
  async consume(tokenHash: Buffer, purpose: AccountTokenPurpose, transaction?: Transaction, userId?: string): Promise<AccountTokenEntity | null> {
    const result = await this.repository(transaction)
      .createQueryBuilder()
      .update(AccountTokenEntity)
      .set({ usedAt: () => 'now()' })
      .where('token_hash = :tokenHash AND purpose = :purpose AND used_at IS NULL AND (expires_at IS NULL OR expires_at > now())', { tokenHash, purpose })
      .andWhere(userId ? 'user_id = :userId' : 'TRUE', { userId })
      .returning('*')
      .execute();
    const [row] = result.raw as { id: string }[];
    return row ? this.repository(transaction).findOneBy({ id: row.id }) : null;
  }

  /** How many tokens of this purpose the account was given since then (the resend limit), and the first of them. */
  async countIssuedSince(userId: string, purpose: AccountTokenPurpose, since: Date): Promise<{ count: number; oldest: Date | null }> {
    const issued = await this.tokens.find({ where: { userId, purpose, createdAt: MoreThan(since) }, order: { createdAt: 'ASC' }, select: { createdAt: true } });
    return { count: issued.length, oldest: issued[0]?.createdAt ?? null };
  }

  /** Ends every open token of this purpose of the account (a new link, a reset password, new recovery codes). */
  async revokeOpen(userId: string, purpose: AccountTokenPurpose, transaction?: Transaction): Promise<void> {
    await this.repository(transaction).update({ userId, purpose, usedAt: IsNull() }, { usedAt: new Date() });
  }

  async deleteAll(userId: string, purpose: AccountTokenPurpose, transaction?: Transaction): Promise<void> {
    await this.repository(transaction).delete({ userId, purpose });
  }

  private repository(transaction?: Transaction): Repository<AccountTokenEntity> {
    return transaction ? transaction.getRepository(AccountTokenEntity) : this.tokens;
  }
}
