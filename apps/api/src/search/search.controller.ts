import { Controller, Get, Inject, Param, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { type ExportRecord, type SearchHit, type SearchResponse } from '@twinning/contracts';
import { type Response } from 'express';
import { type AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { Access } from '../auth/access.decorator';
import { uuidParam } from '../common/validation';
import { SearchExportQueryDto, SearchQueryDto } from './dto/search-query.dto';
import { toCsv } from './open-data';
import { SearchService } from './search.service';

@ApiTags('search')
@Controller('v1')
@Access('public')
export class SearchController {
  constructor(
    private readonly search: SearchService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get('search')
  @ApiOkResponse({ description: 'Published case studies with highlighted snippets, facet counts for every filter, the total and the time taken; `degraded` when PostgreSQL answered because Meilisearch could not.' })
  searchCaseStudies(@Query() query: SearchQueryDto): Promise<SearchResponse> {
    return this.search.searchCaseStudies(query);
  }

  @Get('search/export')
  @ApiOkResponse({ description: 'The published case studies matching the search, as CSV or JSON; the schema is EXPORT_COLUMNS in libs/contracts (open-data.ts).' })
  async exportCaseStudies(@Query() query: SearchExportQueryDto, @Res({ passthrough: true }) response: Response): Promise<string | ExportRecord[]> {
    const { format = 'csv', ...search } = query;
    const records = await this.search.exportCaseStudies(search, this.config.publicUrl);
    response.setHeader('Content-Disposition', `attachment; filename="twinning-exchange-case-studies.${format}"`);
    if (format === 'json') return records;
    response.setHeader('Content-Type', 'text/csv; charset=utf-8');
    return toCsv(records);
  }

  @Get('case-studies/:id/similar')
  @ApiOkResponse({ description: 'Up to six published case studies on the same themes or goals.' })
  similarCaseStudies(@Param('id', uuidParam('id')) id: string): Promise<SearchHit[]> {
    return this.search.similarCaseStudies(id);
  }
}
