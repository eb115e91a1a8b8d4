import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type AccountStatus, type Role } from '@twinning/contracts';
import { Repository } from 'typeorm';
import { type Pagination } from '../common/dto/page-query.dto';
import { lockRow, type Transaction } from '../database/transaction';
import { escapeLike } from '../municipalities/municipalities.repository';
import { UserEntity } from './user.entity';

export interface UserSearch {
  status?: AccountStatus;
  role?: Role;
  q?: string;
}

const STATUS_CONDITIONS: Record<AccountStatus, string> = {
  unconfirmed: 'u.email_confirmed_at IS NULL AND u.verified_at IS NULL AND u.deactivated_at IS NULL',
  // The verification queue: only addresses proven to belong to the person.
  pending: 'u.email_confirmed_at IS NOT NULL AND u.verified_at IS NULL AND u.deactivated_at IS NULL',
  active: 'u.verified_at IS NOT NULL AND u.deactivated_at IS NULL',
  deactivated: 'u.deactivated_at IS NOT NULL',
};

@Injectable()
export class UsersRepository {
  constructor(@InjectRepository(UserEntity) private readonly users: Repository<UserEntity>) {}

  findById(id: string, transaction?: Transaction): Promise<UserEntity | null> {
    return this.repository(transaction).findOne({ where: { id }, relations: { municipality: true } });
  }

  /** Locks the row until the transaction ends, so two admins' changes to one account happen one after the other. */
  async findByIdForUpdate(id: string, transaction: Transaction): Promise<UserEntity | null> {
    return (await lockRow(transaction, UserEntity, id)) ? this.findById(id, transaction) : null;
  }

  findByEmail(email: string, transaction?: Transaction): Promise<UserEntity | null> {
    return this.repository(transaction).findOne({ where: { email }, relations: { municipality: true } });
  }

  async emailExists(email: string, transaction?: Transaction): Promise<boolean> {
    return this.repository(transaction).exists({ where: { email } });
  }

  async insert(user: Pick<UserEntity, 'email' | 'displayName' | 'passwordHash' | 'role' | 'municipalityId' | 'verifiedAt' | 'emailConfirmedAt'>, transaction: Transaction): Promise<UserEntity> {
    const { identifiers } = await transaction.getRepository(UserEntity).insert({ ...user, lastSignInAt: null, deactivatedAt: null, totpSecret: null, totpEnabledAt: null, totpLastTimeStep: null });
    return (await this.findById(identifiers[0].id as string, transaction))!;
  }

  async update(id: string, changes: Partial<Pick<UserEntity, 'role' | 'municipalityId' | 'verifiedAt' | 'deactivatedAt' | 'lastSignInAt' | 'passwordHash' | 'emailConfirmedAt' | 'totpSecret' | 'totpEnabledAt' | 'totpLastTimeStep'>>, transaction?: Transaction): Promise<void> {
    await this.repository(transaction).update({ id }, changes);
  }

  async search(filters: UserSearch, pagination: Pagination): Promise<{ rows: UserEntity[]; total: number }> {
    const query = this.users.createQueryBuilder('u').leftJoinAndSelect('u.municipality', 'municipality');
    if (filters.status) query.andWhere(STATUS_CONDITIONS[filters.status]);
    if (filters.role) query.andWhere('u.role = :role', { role: filters.role });
    const q = filters.q?.trim();
    if (q) query.andWhere(`(u.email ILIKE '%' || :q || '%' OR u.display_name ILIKE '%' || :q || '%')`, { q: escapeLike(q) });
    const [rows, total] = await query
      // The verification queue is served oldest first: who waited longest is seen first.
      .orderBy('u.createdAt', filters.status === 'pending' ? 'ASC' : 'DESC')
      .addOrderBy('u.id', 'ASC')
      .skip(pagination.offset)
      .take(pagination.perPage)
      .getManyAndCount();
    return { rows, total };
  }

  private repository(transaction?: Transaction): Repository<UserEntity> {
    return transaction ? transaction.getRepository(UserEntity) : this.users;
  }
}
