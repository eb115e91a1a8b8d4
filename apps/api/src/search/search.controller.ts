import { Controller, Get, Headers, Inject, Param, Query, Req, Res } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { type ExportRecord, OPEN_DATA_LICENCE, type SearchHit, type SearchResponse } from '@twinning/contracts';
import { type Request, type Response } from 'express';
import { type AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { Access } from '../auth/access.decorator';
import { uuidParam } from '../common/validation';
import { RateLimit } from '../rate-limit/rate-limit.decorator';
import { clientAddress } from '../common/client-address';
import { RateLimiter } from '../rate-limit/rate-limiter.service';
import { ReadingQueryDto } from '../translations/dto/translation-requests.dto';
import { preferredLanguages } from '../translations/translation-reading';
import { SearchExportQueryDto, SearchQueryDto } from './dto/search-query.dto';
import { toCsv } from './open-data';
import { SearchService } from './search.service';
import { contractSchema, listSchema } from '../common/openapi/response-schema';

@ApiTags('search')
@Controller('v1')
@Access('public')
export class SearchController {
  constructor(
    private readonly search: SearchService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly rateLimiter: RateLimiter,
  ) {}

  @Get('search')
  @RateLimit('search')
  @ApiOkResponse({ description: 'Published case studies with highlighted snippets, facet counts for every filter, the total and the time taken (with `facets=false` the hits alone); `degraded` when PostgreSQL answered because Meilisearch could not.', schema: contractSchema('SearchResponse') })
  searchCaseStudies(@Query() query: SearchQueryDto): Promise<SearchResponse> {
    return this.search.searchCaseStudies(query, { hitsOnly: query.facets === false });
  }

  @Get('search/export')
  @RateLimit('search')
  @ApiOkResponse({
    description: 'The published case studies matching the search, as CSV or JSON; the schema is EXPORT_COLUMNS in libs/contracts (open-data.ts). Licensed CC BY 4.0: each record names the licence, and so does a `Link: rel="license"` header.',
    content: { 'text/csv': { schema: { type: 'string' } }, 'application/json': { schema: listSchema('ExportRecord') } },
  })
  async exportCaseStudies(@Query() query: SearchExportQueryDto, @Req() request: Request, @Res({ passthrough: true }) response: Response): Promise<string | ExportRecord[]> {
    const { format = 'csv', ...search } = query;
    // The guard counted the first page; every further page is one more search.
    const records = await this.search.exportCaseStudies(search, this.config.publicUrl, () => this.rateLimiter.charge('search', clientAddress(request)));
    response.setHeader('Content-Disposition', `attachment; filename="twinning-exchange-case-studies.${format}"`);
    response.setHeader('Link', `<${OPEN_DATA_LICENCE.url}>; rel="license"`);
    if (format === 'json') return records;
    response.setHeader('Content-Type', 'text/csv; charset=utf-8');
    return toCsv(records);
  }

  @Get('open-data/catalog')
  @ApiOkResponse({
    description: 'The open data described in DCAT-AP 3 as JSON-LD (application/ld+json): the catalogue, its dataset of published case studies, the CSV and JSON distributions and their licence (CC BY 4.0), for national and EU open-data portals to harvest.',
    content: { 'application/ld+json': { schema: { type: 'object', required: ['@context', '@id', '@type'] } } },
  })
  async openDataCatalog(@Res({ passthrough: true }) response: Response): Promise<Record<string, unknown>> {
    response.setHeader('Content-Type', 'application/ld+json; charset=utf-8');
    return this.search.openDataCatalog(this.config.publicUrl);
  }

  @Get('case-studies/:id/similar')
  @RateLimit('search')
  @ApiOkResponse({ description: 'Up to six published case studies on the same themes or goals, in the reader\'s language where approved (`?lang=`, else Accept-Language).', schema: listSchema('SearchHit') })
  similarCaseStudies(
    @Param('id', uuidParam('id')) id: string,
    @Query() query: ReadingQueryDto,
    @Headers('accept-language') acceptLanguage: string | undefined,
  ): Promise<SearchHit[]> {
    return this.search.similarCaseStudies(id, preferredLanguages(query.lang, acceptLanguage));
  }
}
