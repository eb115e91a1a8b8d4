import { Body, Controller, Get, Header, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import { type FundingCall, type FundingProgramme, type FundingProgrammeDetail } from '@twinning/contracts';
import { Access } from '../auth/access.decorator';
import { type Caller, CurrentCaller } from '../auth/current-account.decorator';
import { uuidParam } from '../common/validation';
import { FundingCalendarQueryDto, FundingCallInputDto, FundingCallListQueryDto, FundingCallUpdateDto } from './dto/funding-call-input.dto';
import { FundingProgrammeInputDto, FundingProgrammeListQueryDto, FundingProgrammeUpdateDto } from './dto/funding-programme-input.dto';
import { FundingService } from './funding.service';
import { contractSchema, listSchema } from '../common/openapi/response-schema';

@ApiTags('funding')
@Controller('v1/funding')
export class FundingController {
  constructor(private readonly funding: FundingService) {}

  @Get('programmes')
  @Access('public')
  @ApiOkResponse({ description: 'The catalogue of programmes, by name; archived ones only with `includeArchived=true`.', schema: listSchema('FundingProgramme') })
  @ApiBadRequestResponse({ description: 'A malformed filter, named in `details`.' })
  listProgrammes(@Query() query: FundingProgrammeListQueryDto): Promise<FundingProgramme[]> {
    return this.funding.listProgrammes(query);
  }

  @Get('programmes/:id')
  @Access('public')
  @ApiOkResponse({ description: 'The programme with its calls, latest deadline first.', schema: contractSchema('FundingProgrammeDetail') })
  @ApiNotFoundResponse({ description: 'No such programme.' })
  getProgramme(@Param('id', uuidParam('id')) id: string): Promise<FundingProgrammeDetail> {
    return this.funding.getProgramme(id);
  }

  @Post('programmes')
  @Access('moderator')
  @ApiCreatedResponse({ description: 'The programme is in the catalogue.', schema: contractSchema('FundingProgramme') })
  @ApiConflictResponse({ description: 'Another programme has this name.' })
  createProgramme(@Body() body: FundingProgrammeInputDto, @CurrentCaller() caller: Caller): Promise<FundingProgramme> {
    return this.funding.createProgramme(body, caller.user);
  }

  @Patch('programmes/:id')
  @Access('moderator')
  @ApiOkResponse({ description: 'The programme after the change; `archived: true` archives it.', schema: contractSchema('FundingProgramme') })
  @ApiNotFoundResponse({ description: 'No such programme.' })
  @ApiConflictResponse({ description: 'Another programme has this name.' })
  updateProgramme(@Param('id', uuidParam('id')) id: string, @Body() body: FundingProgrammeUpdateDto, @CurrentCaller() caller: Caller): Promise<FundingProgramme> {
    return this.funding.updateProgramme(id, body, caller.user);
  }

  @Get('calls')
  @Access('public')
  @ApiOkResponse({ description: 'Calls of programmes that are not archived, earliest deadline first.', schema: listSchema('FundingCall') })
  @ApiBadRequestResponse({ description: 'A malformed filter, named in `details`.' })
  listCalls(@Query() query: FundingCallListQueryDto): Promise<FundingCall[]> {
    return this.funding.listCalls(query);
  }

  @Get('calls.ics')
  @Access('public')
  @Header('Content-Type', 'text/calendar; charset=utf-8')
  @Header('Content-Disposition', 'inline; filename="twinning-exchange-funding-deadlines.ics"')
  @ApiProduces('text/calendar')
  @ApiOkResponse({
    description: 'iCalendar (RFC 5545) feed: the deadline of every call not yet closed as an all-day event; `?theme=` narrows it.',
    content: { 'text/calendar': { schema: { type: 'string' } } },
  })
  @ApiBadRequestResponse({ description: 'An unknown theme.' })
  getCallsCalendar(@Query() query: FundingCalendarQueryDto): Promise<string> {
    return this.funding.callsCalendar(query.theme);
  }

  @Post('calls')
  @Access('moderator')
  @ApiCreatedResponse({ description: 'The call is listed.', schema: contractSchema('FundingCall') })
  @ApiNotFoundResponse({ description: 'No such programme.' })
  createCall(@Body() body: FundingCallInputDto, @CurrentCaller() caller: Caller): Promise<FundingCall> {
    return this.funding.createCall(body, caller.user);
  }

  @Patch('calls/:id')
  @Access('moderator')
  @ApiOkResponse({ description: 'The call after the change.', schema: contractSchema('FundingCall') })
  @ApiNotFoundResponse({ description: 'No such call or programme.' })
  updateCall(@Param('id', uuidParam('id')) id: string, @Body() body: FundingCallUpdateDto, @CurrentCaller() caller: Caller): Promise<FundingCall> {
    return this.funding.updateCall(id, body, caller.user);
  }
}
