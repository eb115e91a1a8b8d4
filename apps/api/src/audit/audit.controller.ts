import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { type AuditEvent, type Page } from '@twinning/contracts';
import { Access } from '../auth/access.decorator';
import { toPage, toPagination } from '../common/dto/page-query.dto';
import { toAuditEvent } from './audit.mapper';
import { AuditRepository } from './audit.repository';
import { AuditEventListQueryDto } from './dto/audit-event-list.query.dto';
import { pageSchema } from '../common/openapi/response-schema';

@ApiTags('admin')
@Controller('v1/admin/audit-events')
export class AuditController {
  constructor(private readonly audit: AuditRepository) {}

  @Get()
  @Access('admin')
  @ApiOkResponse({ description: 'State changes, newest first.', schema: pageSchema('AuditEvent') })
  async listAuditEvents(@Query() query: AuditEventListQueryDto): Promise<Page<AuditEvent>> {
    const pagination = toPagination(query);
    const events = await this.audit.list(query, pagination);
    const labels = await this.audit.labels(events.rows);
    return toPage(events, pagination, (event) => toAuditEvent(event, labels));
  }
}
