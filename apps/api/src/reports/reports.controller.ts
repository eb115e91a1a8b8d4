import { Body, Controller, Get, HttpCode, HttpStatus, Post, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiForbiddenResponse, ApiNoContentResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { type Page, type ReportedContent } from '@twinning/contracts';
import { Access } from '../auth/access.decorator';
import { type Caller, CurrentCaller } from '../auth/current-account.decorator';
import { PageQueryDto } from '../common/dto/page-query.dto';
import { ReportDto, ResolveReportsDto } from './dto/report.dto';
import { ReportsService } from './reports.service';
import { pageSchema } from '../common/openapi/response-schema';

@ApiTags('reports')
@Controller('v1')
export class ReportsController {
  constructor(private readonly reports: ReportsService) {}

  @Post('reports')
  @Access('verified')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse({ description: 'Reported; the moderators are told.' })
  @ApiForbiddenResponse({ description: 'The account is not verified yet (code account_not_verified or email_not_confirmed).' })
  @ApiNotFoundResponse({ description: 'Nothing of that kind the caller may see has that id.' })
  @ApiConflictResponse({ description: 'Your earlier report of it is still open.' })
  report(@Body() body: ReportDto, @CurrentCaller() caller: Caller): Promise<void> {
    return this.reports.report(body, caller.user);
  }

  @Get('moderation/reports')
  @Access('moderator')
  @ApiOkResponse({ description: 'Everything with open reports, the longest waiting first, each with its reports.', schema: pageSchema('ReportedContent') })
  openQueue(@Query() query: PageQueryDto): Promise<Page<ReportedContent>> {
    return this.reports.openQueue(query);
  }

  @Post('moderation/reports/resolve')
  @Access('moderator')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse({ description: 'Its open reports are closed, in the audit log.' })
  @ApiConflictResponse({ description: 'It has no open reports.' })
  resolve(@Body() body: ResolveReportsDto, @CurrentCaller() caller: Caller): Promise<void> {
    return this.reports.resolve(body.targetKind, body.targetId, body.decision, body.comment, caller.user);
  }
}
