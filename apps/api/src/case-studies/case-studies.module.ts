import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { NotificationsModule } from '../notifications/notifications.module';
import { AuditModule } from '../audit/audit.module';
import { FileStorageModule } from '../files/file-storage.module';
import { FundingModule } from '../funding/funding.module';
import { ModerationDecisionEntity } from '../moderation/moderation-decision.entity';
import { MunicipalitiesModule } from '../municipalities/municipalities.module';
import { SearchOutboxModule } from '../search/search-outbox.module';
import { CaseStudyTranslationRevisionEntity } from '../translations/case-study-translation-revision.entity';
import { CaseStudyTranslationEntity } from '../translations/case-study-translation.entity';
import { TranslationsRepository } from '../translations/translations.repository';
import { CaseStudyRevisionEntity } from './case-study-revision.entity';
import { CaseStudyEntity } from './case-study.entity';
import { CaseStudiesController } from './case-studies.controller';
import { CaseStudiesRepository } from './case-studies.repository';
import { CaseStudiesService } from './case-studies.service';

@Module({
  imports: [TypeOrmModule.forFeature([CaseStudyEntity, CaseStudyRevisionEntity, ModerationDecisionEntity, CaseStudyTranslationEntity, CaseStudyTranslationRevisionEntity]), MunicipalitiesModule, AuditModule, SearchOutboxModule, FileStorageModule, NotificationsModule, FundingModule],
  controllers: [CaseStudiesController],
  // The translations' repository lives here: a case study's page reads its translations.
  providers: [CaseStudiesRepository, CaseStudiesService, TranslationsRepository],
  exports: [CaseStudiesRepository, CaseStudiesService, TranslationsRepository],
})
export class CaseStudiesModule {}
