import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One try at proving who someone is (a password, an authenticator or recovery code), kept to
 * limit guessing per account and address, per address and per account. `address` is the key the
 * limits count by (an IPv6 client's /64).
 */
@Entity({ name: 'sign_in_attempts' })
@Index('sign_in_attempts_email', ['email', 'attemptedAt'])
@Index('sign_in_attempts_address', ['address', 'attemptedAt'])
@Index('sign_in_attempts_pair', ['email', 'address', 'attemptedAt'])
export class SignInAttemptEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  email: string;

  @Column({ type: 'text' })
  address: string;

  /** Null while the password or code is being checked: it counts as a failure until it is known. */
  @Column({ type: 'boolean', nullable: true })
  succeeded: boolean | null;

  @CreateDateColumn({ name: 'attempted_at', type: 'timestamptz' })
  attemptedAt: Date;
}
