import { CaseStudyTranslationRevisionEntity } from '../translations/case-study-translation-revision.entity';
import { CaseStudyTranslationEntity } from '../translations/case-study-translation.entity';
import { DataSource } from 'typeorm';
import { AdaptationCheckInEntity } from '../adaptations/adaptation-check-in.entity';
import { AdaptationEntity } from '../adaptations/adaptation.entity';
import { AuditEventEntity } from '../audit/audit-event.entity';
import { AccountTokenEntity } from '../auth/account-token.entity';
import { SessionEntity } from '../auth/session.entity';
import { SignInAttemptEntity } from '../auth/sign-in-attempt.entity';
import { CaseStudyRevisionEntity } from '../case-studies/case-study-revision.entity';
import { CaseStudyEntity } from '../case-studies/case-study.entity';
import { CaseStudyFileEntity } from '../files/case-study-file.entity';
import { FundingCallEntity } from '../funding/funding-call.entity';
import { PartnershipActivityEntity } from '../partnerships/partnership-activity.entity';
import { FundingProgrammeEntity } from '../funding/funding-programme.entity';
import { InvitationEntity } from '../invitations/invitation.entity';
import { ModerationDecisionEntity } from '../moderation/moderation-decision.entity';
import { MunicipalityEntity } from '../municipalities/municipality.entity';
import { NotificationEntity } from '../notifications/notification.entity';
import { PartnerAnswerEntity } from '../partner-requests/partner-answer.entity';
import { PartnerRequestEntity } from '../partner-requests/partner-request.entity';
import { PartnershipEntity } from '../partnerships/partnership.entity';
import { DiscussionPostEntity } from '../questions/discussion-post.entity';
import { ContentReportEntity } from '../reports/content-report.entity';
import { CollectionCaseStudyEntity } from '../collections/collection-case-study.entity';
import { CollectionEntity } from '../collections/collection.entity';
import { NotificationDigestEntity } from '../notifications/notification-digest.entity';
import { NotificationPreferenceEntity } from '../notifications/notification-preference.entity';
import { RateLimitHitEntity } from '../rate-limit/rate-limit-hit.entity';
import { SearchOutboxEntity } from '../search/search-outbox.entity';
import { UserEntity } from '../users/user.entity';
import { migrations } from './migrations';

export const entities = [MunicipalityEntity, PartnershipEntity, UserEntity, SessionEntity, SignInAttemptEntity, InvitationEntity, AuditEventEntity, CaseStudyEntity, CaseStudyRevisionEntity, ModerationDecisionEntity, NotificationEntity, SearchOutboxEntity, AdaptationEntity, AdaptationCheckInEntity, DiscussionPostEntity, ContentReportEntity, NotificationPreferenceEntity, NotificationDigestEntity, CollectionEntity, CollectionCaseStudyEntity, RateLimitHitEntity, AccountTokenEntity, CaseStudyTranslationEntity, CaseStudyTranslationRevisionEntity, CaseStudyFileEntity, FundingProgrammeEntity, FundingCallEntity, PartnershipActivityEntity, PartnerRequestEntity, PartnerAnswerEntity];

/** The one DataSource definition, used by the app, the migration CLI, the seed and the tests. */
export function createDataSource(databaseUrl: string): DataSource {
  return new DataSource({
    type: 'postgres',
    url: databaseUrl,
    entities,
    migrations,
    migrationsTableName: 'migrations',
    synchronize: false,
    // gen_random_uuid() is built into PostgreSQL 13+; no extension to install.
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    migrationsRun: false,
    // Each migration in its own transaction, so a failed one leaves the earlier ones applied.
    migrationsTransactionMode: 'each',
  });
}

/** Any number for the advisory lock that serialises migrations; only its uniqueness matters. */
const MIGRATION_LOCK = 7_438_001;

/**
 * Runs the pending migrations while holding a PostgreSQL advisory lock, so API instances that
 * start together (or a migrate job beside them) apply each migration once, one after the other.
 */
export async function migrate(dataSource: DataSource): Promise<string[]> {
  const lock = dataSource.createQueryRunner();
  await lock.connect();
  try {
    await lock.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    return (await dataSource.runMigrations()).map((migration) => migration.name);
  } finally {
    await lock.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    await lock.release();
  }
}
