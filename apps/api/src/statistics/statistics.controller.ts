import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { type CapacityStatistics, type StatisticsReport, type StatisticsSummary } from '@twinning/contracts';
import { Access } from '../auth/access.decorator';
import { RateLimit } from '../rate-limit/rate-limit.decorator';
import { StatisticsRepository } from './statistics.repository';
import { contractSchema } from '../common/openapi/response-schema';

@ApiTags('statistics')
@Controller('v1/statistics')
@Access('public')
export class StatisticsController {
  constructor(private readonly repository: StatisticsRepository) {}

  @Get()
  @RateLimit('search')
  @ApiOkResponse({ description: 'The numbers of towns, active twinnings and published case studies; these by SDG, theme, outcome, country and year; adaptations by status over time; the most adapted practices.', schema: contractSchema('StatisticsReport') })
  getStatistics(): Promise<StatisticsReport> {
    return this.repository.report();
  }

  @Get('summary')
  @RateLimit('search')
  @ApiOkResponse({ description: 'The key figures of the report alone (towns, active twinnings, published case studies, adaptations started), for the home page.', schema: contractSchema('StatisticsSummary') })
  getStatisticsSummary(): Promise<StatisticsSummary> {
    return this.repository.summary();
  }

  @Get('capacity')
  @ApiOkResponse({ description: 'Public partnership activities by year, country and kind, with their participants; towns that went from adapting a practice to publishing their own.', schema: contractSchema('CapacityStatistics') })
  getCapacityStatistics(): Promise<CapacityStatistics> {
    return this.repository.capacity();
  }
}
