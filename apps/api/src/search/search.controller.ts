import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { type SearchHit, type SearchResponse } from '@twinning/contracts';
import { Access } from '../auth/access.decorator';
import { uuidParam } from '../common/validation';
import { SearchQueryDto } from './dto/search-query.dto';
import { SearchService } from './search.service';

@ApiTags('search')
@Controller('v1')
@Access('public')
export class SearchController {
  constructor(private readonly search: SearchService) {}

  @Get('search')
  @ApiOkResponse({ description: 'Published case studies with highlighted snippets, facet counts for every filter, the total and the time taken; `degraded` when PostgreSQL answered because Meilisearch could not.' })
  searchCaseStudies(@Query() query: SearchQueryDto): Promise<SearchResponse> {
    return this.search.searchCaseStudies(query);
  }

  @Get('case-studies/:id/similar')
  @ApiOkResponse({ description: 'Up to six published case studies on the same themes or goals.' })
  similarCaseStudies(@Param('id', uuidParam('id')) id: string): Promise<SearchHit[]> {
    return this.search.similarCaseStudies(id);
  }
}
