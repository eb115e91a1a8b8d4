import { type DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { HttpExceptionFilter } from './common/errors/http-exception.filter';
import { type ResolvedConfig } from './config/app-config';
import { ConfigModule } from './config/config.module';
import { PublicConfigModule } from './config/public-config.module';
import { createDataSource, migrate } from './database/data-source';
import { AdaptationsModule } from './adaptations/adaptations.module';
import { AuditModule } from './audit/audit.module';
import { AuthModule } from './auth/auth.module';
import { CaseStudiesModule } from './case-studies/case-studies.module';
import { FilesModule } from './files/files.module';
import { DatabaseModule } from './database/database.module';
import { FeedModule } from './feed/feed.module';
import { FundingModule } from './funding/funding.module';
import { PartnerRequestsModule } from './partner-requests/partner-requests.module';
import { HealthModule } from './health/health.module';
import { InvitationsModule } from './invitations/invitations.module';
import { ModerationModule } from './moderation/moderation.module';
import { MapModule } from './map/map.module';
import { TranslationsModule } from './translations/translations.module';
import { MunicipalitiesModule } from './municipalities/municipalities.module';
import { NotificationsModule } from './notifications/notifications.module';
import { PartnershipPagesModule } from './partnerships/partnership-pages.module';
import { PartnershipsModule } from './partnerships/partnerships.module';
import { loggingModule } from './observability/logging';
import { ObservabilityModule } from './observability/observability.module';
import { QuestionsModule } from './questions/questions.module';
import { CollectionsModule } from './collections/collections.module';
import { RateLimitModule } from './rate-limit/rate-limit.module';
import { SearchModule } from './search/search.module';
import { StatisticsModule } from './statistics/statistics.module';
import { AdminUsersModule } from './users/admin-users.module';

@Module({})
export class AppModule {
  static forRoot(config: ResolvedConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        loggingModule(config),
        TypeOrmModule.forRootAsync({
          useFactory: () => ({}),
          dataSourceFactory: async () => {
            const dataSource = await createDataSource(config.databaseUrl).initialize();
            await migrate(dataSource);
            return dataSource;
          },
        }),
        DatabaseModule,
        ObservabilityModule,
        RateLimitModule,
        AuthModule,
        HealthModule,
        MunicipalitiesModule,
        FundingModule,
        PartnerRequestsModule,
        MapModule,
        PublicConfigModule,
        PartnershipsModule,
        PartnershipPagesModule,
        InvitationsModule,
        AdminUsersModule,
        AuditModule,
        CaseStudiesModule,
        FilesModule,
        ModerationModule,
        TranslationsModule,
        NotificationsModule,
        SearchModule,
        AdaptationsModule,
        QuestionsModule,
        CollectionsModule,
        FeedModule,
        StatisticsModule,
      ],
      providers: [{ provide: APP_FILTER, useClass: HttpExceptionFilter }],
    };
  }
}
