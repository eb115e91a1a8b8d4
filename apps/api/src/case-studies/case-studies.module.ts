import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module';
import { ModerationDecisionEntity } from '../moderation/moderation-decision.entity';
import { MunicipalitiesModule } from '../municipalities/municipalities.module';
import { SearchOutboxModule } from '../search/search-outbox.module';
import { CaseStudyRevisionEntity } from './case-study-revision.entity';
import { CaseStudyEntity } from './case-study.entity';
import { CaseStudiesController } from './case-studies.controller';
import { CaseStudiesRepository } from './case-studies.repository';
import { CaseStudiesService } from './case-studies.service';

@Module({
  imports: [TypeOrmModule.forFeature([CaseStudyEntity, CaseStudyRevisionEntity, ModerationDecisionEntity]), MunicipalitiesModule, AuditModule, SearchOutboxModule],
  controllers: [CaseStudiesController],
  providers: [CaseStudiesRepository, CaseStudiesService],
  exports: [CaseStudiesRepository, CaseStudiesService],
})
export class CaseStudiesModule {}
