import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from '../users/user.entity';

export const ACCOUNT_TOKEN_PURPOSES = ['email_confirmation', 'password_reset', 'sign_in_challenge', 'recovery_code'] as const;
/**
 * email_confirmation, password_reset: links sent by e-mail; sign_in_challenge: the step between
 * a right password and the authenticator code; recovery_code: a one-time two-factor code.
 */
export type AccountTokenPurpose = (typeof ACCOUNT_TOKEN_PURPOSES)[number];

/**
 * A secret given to one account for one purpose, usable once. Like session tokens, only its
 * SHA-256 is stored, so a copy of the database proves nothing and resets nothing.
 */
@Entity({ name: 'account_tokens' })
@Index('account_tokens_user_purpose', ['userId', 'purpose', 'createdAt'])
export class AccountTokenEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('account_tokens_token_hash', { unique: true })
  @Column({ name: 'token_hash', type: 'bytea' })
  tokenHash: Buffer;

  @Column({ type: 'enum', enum: ACCOUNT_TOKEN_PURPOSES, enumName: 'account_token_purpose' })
  purpose: AccountTokenPurpose;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user: UserEntity;

  /** Null: does not expire (recovery codes). */
  @Column({ name: 'expires_at', type: 'timestamptz', nullable: true })
  expiresAt: Date | null;

  @Column({ name: 'used_at', type: 'timestamptz', nullable: true })
  usedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
