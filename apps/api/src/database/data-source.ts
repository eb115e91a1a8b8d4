import { DataSource } from 'typeorm';
import { AdaptationCheckInEntity } from '../adaptations/adaptation-check-in.entity';
import { AdaptationEntity } from '../adaptations/adaptation.entity';
import { AuditEventEntity } from '../audit/audit-event.entity';
import { SessionEntity } from '../auth/session.entity';
import { SignInAttemptEntity } from '../auth/sign-in-attempt.entity';
import { CaseStudyRevisionEntity } from '../case-studies/case-study-revision.entity';
import { CaseStudyEntity } from '../case-studies/case-study.entity';
import { InvitationEntity } from '../invitations/invitation.entity';
import { ModerationDecisionEntity } from '../moderation/moderation-decision.entity';
import { MunicipalityEntity } from '../municipalities/municipality.entity';
import { NotificationEntity } from '../notifications/notification.entity';
import { PartnershipEntity } from '../partnerships/partnership.entity';
import { DiscussionPostEntity } from '../questions/discussion-post.entity';
import { PostReportEntity } from '../questions/post-report.entity';
import { SearchOutboxEntity } from '../search/search-outbox.entity';
import { UserEntity } from '../users/user.entity';
import { migrations } from './migrations';

export const entities = [MunicipalityEntity, PartnershipEntity, UserEntity, SessionEntity, SignInAttemptEntity, InvitationEntity, AuditEventEntity, CaseStudyEntity, CaseStudyRevisionEntity, ModerationDecisionEntity, NotificationEntity, SearchOutboxEntity, AdaptationEntity, AdaptationCheckInEntity, DiscussionPostEntity, PostReportEntity];

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
