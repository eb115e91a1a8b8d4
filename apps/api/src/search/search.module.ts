import { Module } from '@nestjs/common';
import { FundingModule } from '../funding/funding.module';
import { MunicipalitiesModule } from '../municipalities/municipalities.module';
import { RateLimitModule } from '../rate-limit/rate-limit.module';
import { CaseStudyDocumentsRepository } from './case-study-documents.repository';
import { PostgresSearchRepository } from './postgres-search.repository';
import { SearchIndexerService } from './search-indexer.service';
import { SearchOutboxModule } from './search-outbox.module';
import { SearchController } from './search.controller';
import { SearchRepository } from './search.repository';
import { SearchService } from './search.service';

/** The search engine and what keeps it in line with PostgreSQL. Other features write to the outbox through SearchOutboxModule. */
@Module({
  imports: [SearchOutboxModule, MunicipalitiesModule, FundingModule, RateLimitModule],
  controllers: [SearchController],
  providers: [SearchRepository, CaseStudyDocumentsRepository, PostgresSearchRepository, SearchIndexerService, SearchService],
  exports: [SearchRepository, SearchIndexerService, SearchService],
})
export class SearchModule {}
