import { ROLES, type Role } from '@twinning/contracts';
import { Check, Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { MunicipalityEntity } from '../municipalities/municipality.entity';

@Entity({ name: 'users' })
@Check('users_staff_have_municipality', `role <> 'staff' OR municipality_id IS NOT NULL`)
export class UserEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Stored lower case, trimmed. */
  @Column({ type: 'text', unique: true })
  email: string;

  @Column({ name: 'display_name', type: 'text' })
  displayName: string;

  /** argon2id, in its PHC string form. */
  @Column({ name: 'password_hash', type: 'text' })
  passwordHash: string;

  @Column({ type: 'enum', enum: ROLES, enumName: 'user_role' })
  role: Role;

  /** Staff: their municipality (for an unverified registration, the one they asked to join). */
  @Column({ name: 'municipality_id', type: 'uuid', nullable: true })
  municipalityId: string | null;

  @ManyToOne(() => MunicipalityEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'municipality_id' })
  municipality: MunicipalityEntity | null;

  /** Null until an admin or moderator verifies a self-registered account (invited ones start verified). */
  @Column({ name: 'verified_at', type: 'timestamptz', nullable: true })
  verifiedAt: Date | null;

  /** When the person proved the address: opened the link sent to it, accepted an invitation, or reset the password by e-mail. */
  @Column({ name: 'email_confirmed_at', type: 'timestamptz', nullable: true })
  emailConfirmedAt: Date | null;

  /**
   * The authenticator app's shared secret (base32), sealed when TOTP_ENCRYPTION_KEY is set
   * (totp-secret-cipher.ts). Set at the start of the set-up, in use once `totpEnabledAt` is set;
   * never sent back after the set-up.
   */
  @Column({ name: 'totp_secret', type: 'text', nullable: true })
  totpSecret: string | null;

  @Column({ name: 'totp_enabled_at', type: 'timestamptz', nullable: true })
  totpEnabledAt: Date | null;

  /** The 30-second step of the last code accepted, so a code seen over a shoulder cannot be used again. */
  @Column({ name: 'totp_last_time_step', type: 'integer', nullable: true })
  totpLastTimeStep: number | null;

  @Column({ name: 'deactivated_at', type: 'timestamptz', nullable: true })
  deactivatedAt: Date | null;

  @Column({ name: 'last_sign_in_at', type: 'timestamptz', nullable: true })
  lastSignInAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
