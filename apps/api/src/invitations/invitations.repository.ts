import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { type Transaction } from '../database/transaction';
import { InvitationEntity } from './invitation.entity';

@Injectable()
export class InvitationsRepository {
  constructor(@InjectRepository(InvitationEntity) private readonly invitations: Repository<InvitationEntity>) {}

  async insert(invitation: Pick<InvitationEntity, 'tokenHash' | 'email' | 'municipalityId' | 'invitedById' | 'expiresAt'>, transaction: Transaction): Promise<InvitationEntity> {
    const { identifiers } = await transaction.getRepository(InvitationEntity).insert({ ...invitation, acceptedAt: null });
    return (await transaction.getRepository(InvitationEntity).findOne({ where: { id: identifiers[0].id as string }, relations: { municipality: true } }))!;
  }

  /** An invitation that can still be accepted: not used, not expired. */
  findOpen(tokenHash: Buffer): Promise<InvitationEntity | null> {
    return this.openQuery(this.invitations, tokenHash).getOne();
  }

  /** The same, locked until the transaction ends, so one link is accepted once even when clicked twice at once. */
  findOpenForUpdate(tokenHash: Buffer, transaction: Transaction): Promise<InvitationEntity | null> {
    return this.openQuery(transaction.getRepository(InvitationEntity), tokenHash).setLock('pessimistic_write', undefined, ['i']).getOne();
  }

  async markAccepted(id: string, transaction: Transaction): Promise<void> {
    await transaction.getRepository(InvitationEntity).update({ id }, { acceptedAt: new Date() });
  }

  private openQuery(repository: Repository<InvitationEntity>, tokenHash: Buffer) {
    return repository
      .createQueryBuilder('i')
      .innerJoinAndSelect('i.municipality', 'municipality')
      .where('i.token_hash = :tokenHash AND i.accepted_at IS NULL AND i.expires_at > now()', { tokenHash });
  }
}
