import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** One sign-in try, kept to rate-limit guessing per account and per address. */
@Entity({ name: 'sign_in_attempts' })
@Index('sign_in_attempts_email', ['email', 'attemptedAt'])
@Index('sign_in_attempts_address', ['address', 'attemptedAt'])
export class SignInAttemptEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  email: string;

  @Column({ type: 'text' })
  address: string;

  @Column({ type: 'boolean' })
  succeeded: boolean;

  @CreateDateColumn({ name: 'attempted_at', type: 'timestamptz' })
  attemptedAt: Date;
}
