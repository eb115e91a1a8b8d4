import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { type MyPartnerRequests, type PartnerAnswer, type PartnerPairAwaitingConfirmation, type PartnerRequestDetail, type PartnerRequestSearchResponse } from '@twinning/contracts';
import { Access } from '../auth/access.decorator';
import { type Caller, CurrentCaller } from '../auth/current-account.decorator';
import { RateLimit } from '../rate-limit/rate-limit.decorator';
import { uuidParam } from '../common/validation';
import { PartnerAnswerDecisionDto, PartnerAnswerInputDto, PartnerRequestInputDto, PartnerRequestListQueryDto } from './dto/partner-request.dto';
import { PartnerRequestsService } from './partner-requests.service';
import { contractSchema, listSchema } from '../common/openapi/response-schema';

@ApiTags('partner-requests')
@Controller('v1')
export class PartnerRequestsController {
  constructor(private readonly requests: PartnerRequestsService) {}

  @Get('partner-requests')
  @Access('public')
  @RateLimit('search')
  @ApiOkResponse({ description: 'Requests with facet counts, newest first; open ones unless `status` says otherwise.', schema: contractSchema('PartnerRequestSearchResponse') })
  searchRequests(@Query() query: PartnerRequestListQueryDto): Promise<PartnerRequestSearchResponse> {
    return this.requests.searchRequests(query);
  }

  @Post('partner-requests')
  @Access('verified')
  @ApiCreatedResponse({ description: 'Posted; towns working on its themes, of the size and country it takes, are told.', schema: contractSchema('PartnerRequestDetail') })
  postRequest(@Body() body: PartnerRequestInputDto, @CurrentCaller() caller: Caller): Promise<PartnerRequestDetail> {
    return this.requests.postRequest(body, caller.user);
  }

  @Get('partner-requests/mine')
  @Access('verified')
  @ApiOkResponse({ description: 'The requests your town posted and the answers it gave.', schema: contractSchema('MyPartnerRequests') })
  listMine(@CurrentCaller() caller: Caller): Promise<MyPartnerRequests> {
    return this.requests.listMine(caller.user);
  }

  @Get('partner-requests/:id')
  @Access('public')
  @RateLimit('search')
  @ApiOkResponse({ description: 'The request with the answers the caller may see, relevant practices and the towns’ earlier partnerships.', schema: contractSchema('PartnerRequestDetail') })
  @ApiNotFoundResponse({ description: 'No such request.' })
  getRequest(@Param('id', uuidParam('id')) id: string, @CurrentCaller() caller?: Caller): Promise<PartnerRequestDetail> {
    return this.requests.getRequest(id, caller?.user);
  }

  @Post('partner-requests/:id/answers')
  @Access('verified')
  @ApiCreatedResponse({ description: 'Your town’s answer; the posting town is told.', schema: contractSchema('PartnerAnswer') })
  @ApiConflictResponse({ description: 'Your own town’s request, already answered, or closed.' })
  answerRequest(@Param('id', uuidParam('id')) id: string, @Body() body: PartnerAnswerInputDto, @CurrentCaller() caller: Caller): Promise<PartnerAnswer> {
    return this.requests.answerRequest(id, body, caller.user);
  }

  @Post('partner-answers/:id/decision')
  @Access('verified')
  @ApiCreatedResponse({ description: 'Shortlisted or accepted; the answering town is told, and for an accepted pair the moderators.', schema: contractSchema('PartnerAnswer') })
  @ApiConflictResponse({ description: 'The answer cannot move so from where it is, or the request is closed.' })
  decideAnswer(@Param('id', uuidParam('id')) id: string, @Body() body: PartnerAnswerDecisionDto, @CurrentCaller() caller: Caller): Promise<PartnerAnswer> {
    return this.requests.decideAnswer(id, body, caller.user);
  }

  @Get('moderation/partner-pairs')
  @Access('moderator')
  @ApiOkResponse({ description: 'Accepted pairs waiting for confirmation, longest waiting first.', schema: listSchema('PartnerPairAwaitingConfirmation') })
  listAwaitingConfirmation(): Promise<PartnerPairAwaitingConfirmation[]> {
    return this.requests.listAwaitingConfirmation();
  }

  @Post('moderation/partner-pairs/:id/confirm')
  @Access('moderator')
  @ApiCreatedResponse({ description: 'The pair is now a partnership of the two towns; both are told.', schema: contractSchema('PartnerAnswer') })
  @ApiConflictResponse({ description: 'The answer is not accepted, or the towns already have a partnership.' })
  confirmPair(@Param('id', uuidParam('id')) id: string, @CurrentCaller() caller: Caller): Promise<PartnerAnswer> {
    return this.requests.confirmPair(id, caller.user);
  }
}
