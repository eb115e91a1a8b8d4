import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module';
import { CaseStudiesModule } from '../case-studies/case-studies.module';
import { SearchOutboxModule } from '../search/search-outbox.module';
import { CollectionCaseStudyEntity } from './collection-case-study.entity';
import { CollectionEntity } from './collection.entity';
import { CollectionsController } from './collections.controller';
import { CollectionsRepository } from './collections.repository';
import { CollectionsService } from './collections.service';

@Module({
  imports: [TypeOrmModule.forFeature([CollectionEntity, CollectionCaseStudyEntity]), CaseStudiesModule, AuditModule, SearchOutboxModule],
  controllers: [CollectionsController],
  providers: [CollectionsRepository, CollectionsService],
})
export class CollectionsModule {}
