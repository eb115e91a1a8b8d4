import { Body, Controller, Get, HttpCode, HttpStatus, Param, Post, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { type ModerationDecision, type ModerationQueueItem, type Page } from '@twinning/contracts';
import { Access } from '../auth/access.decorator';
import { type Caller, CurrentCaller } from '../auth/current-account.decorator';
import { PageQueryDto } from '../common/dto/page-query.dto';
import { uuidParam } from '../common/validation';
import { DecisionDto } from './dto/decision.dto';
import { ModerationService } from './moderation.service';
import { contractSchema, pageSchema } from '../common/openapi/response-schema';

@ApiTags('moderation')
@Controller('v1/moderation')
@Access('moderator')
export class ModerationController {
  constructor(private readonly moderation: ModerationService) {}

  @Get('queue')
  @ApiOkResponse({ description: 'Submitted revisions waiting for a decision, longest waiting first.', schema: pageSchema('ModerationQueueItem') })
  moderationQueue(@Query() query: PageQueryDto): Promise<Page<ModerationQueueItem>> {
    return this.moderation.moderationQueue(query);
  }

  @Post('revisions/:id/decision')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ description: 'Decided; the authors are notified.', schema: contractSchema('ModerationDecision') })
  @ApiConflictResponse({ description: 'Already decided, your own submission, or not the latest revision.' })
  decide(@Param('id', uuidParam('id')) revisionId: string, @Body() body: DecisionDto, @CurrentCaller() caller: Caller): Promise<ModerationDecision> {
    return this.moderation.decide(revisionId, body, caller.user);
  }
}
