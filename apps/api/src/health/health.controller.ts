import { Controller, Get, HttpStatus, Res } from '@nestjs/common';
import { ApiOkResponse, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { type HealthReport } from '@twinning/contracts';
import { type Response } from 'express';
import { HealthService } from './health.service';
import { Access } from '../auth/access.decorator';

@ApiTags('health')
@Access('public')
@Controller('health')
export class HealthController {
  constructor(private readonly health: HealthService) {}

  @Get()
  @ApiOkResponse({ description: 'PostgreSQL and Meilisearch are both up.' })
  @ApiServiceUnavailableResponse({ description: 'At least one service is down; the body says which.' })
  async checkHealth(@Res({ passthrough: true }) response: Response): Promise<HealthReport> {
    const report = await this.health.checkHealth();
    response.status(report.status === 'ok' ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE);
    return report;
  }
}
