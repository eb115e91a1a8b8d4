import { Controller, Get, HttpStatus, Res } from '@nestjs/common';
import { ApiOkResponse, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { type HealthReport, type LivenessReport, type ReadinessReport } from '@twinning/contracts';
import { type Response } from 'express';
import { HealthService } from './health.service';
import { Access } from '../auth/access.decorator';
import { contractSchema } from '../common/openapi/response-schema';

@ApiTags('health')
@Access('public')
@Controller('health')
export class HealthController {
  constructor(private readonly health: HealthService) {}

  @Get()
  @ApiOkResponse({ description: 'PostgreSQL and Meilisearch are both up.', schema: contractSchema('HealthReport') })
  @ApiServiceUnavailableResponse({ description: 'At least one service is down; the body says which.' })
  async checkHealth(@Res({ passthrough: true }) response: Response): Promise<HealthReport> {
    const report = await this.health.checkHealth();
    response.status(report.status === 'ok' ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE);
    return report;
  }

  @Get('live')
  @ApiOkResponse({ description: 'Liveness: the process answers. Restart it only when this fails.', schema: contractSchema('LivenessReport') })
  live(): LivenessReport {
    return { status: 'ok' };
  }

  @Get('ready')
  @ApiOkResponse({ description: 'Readiness: PostgreSQL answers, migrations are applied, and the instance is not shutting down.', schema: contractSchema('ReadinessReport') })
  @ApiServiceUnavailableResponse({ description: 'Not ready; the body says why. Send no traffic until it is.', schema: contractSchema('ReadinessReport') })
  async ready(@Res({ passthrough: true }) response: Response): Promise<ReadinessReport> {
    const { ready, reason } = await this.health.checkReadiness();
    response.status(ready ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE);
    return ready ? { status: 'ok' } : { status: 'unavailable', reason };
  }
}
