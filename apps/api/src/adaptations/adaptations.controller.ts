import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { type Adaptation, type AdaptationSummary, type CaseStudyDetail, type MunicipalityAdaptations } from '@twinning/contracts';
import { Access } from '../auth/access.decorator';
import { type Caller, CurrentCaller } from '../auth/current-account.decorator';
import { uuidParam } from '../common/validation';
import { AdaptationsService } from './adaptations.service';
import { CheckInDto, StartAdaptationDto } from './dto/adaptation.dto';
import { contractSchema, listSchema } from '../common/openapi/response-schema';

@ApiTags('adaptations')
@Controller('v1')
export class AdaptationsController {
  constructor(private readonly adaptations: AdaptationsService) {}

  @Post('case-studies/:id/adaptations')
  @Access('verified')
  @ApiCreatedResponse({ description: 'Your municipality now adapts this practice (status exploring); its town is told.', schema: contractSchema('Adaptation') })
  @ApiConflictResponse({ description: 'Your own practice, or your town already adapts it.' })
  startAdaptation(@Param('id', uuidParam('id')) caseStudyId: string, @Body() body: StartAdaptationDto, @CurrentCaller() caller: Caller): Promise<Adaptation> {
    return this.adaptations.startAdaptation(caseStudyId, body, caller.user);
  }

  @Get('case-studies/:id/adaptations')
  @Access('public')
  @ApiOkResponse({ description: 'The towns adapting this practice, newest first.', schema: listSchema('AdaptationSummary') })
  listAdaptations(@Param('id', uuidParam('id')) caseStudyId: string, @CurrentCaller() caller?: Caller): Promise<AdaptationSummary[]> {
    return this.adaptations.listAdaptations(caseStudyId, caller?.user);
  }

  @Get('municipalities/:id/adaptations')
  @Access('public')
  @ApiOkResponse({ description: 'The practices the town adapts, and the towns adapting its practices; anonymous case studies in neither.', schema: contractSchema('MunicipalityAdaptations') })
  @ApiNotFoundResponse({ description: 'No municipality has this id.' })
  listTownAdaptations(@Param('id', uuidParam('id')) municipalityId: string): Promise<MunicipalityAdaptations> {
    return this.adaptations.listAroundTown(municipalityId);
  }

  @Get('adaptations/:id')
  @Access('public')
  @ApiOkResponse({ description: 'The adaptation with its timeline of check-ins.', schema: contractSchema('Adaptation') })
  @ApiNotFoundResponse({ description: 'No adaptation of a case study the caller may see.' })
  getAdaptation(@Param('id', uuidParam('id')) id: string, @CurrentCaller() caller?: Caller): Promise<Adaptation> {
    return this.adaptations.getAdaptation(id, caller?.user);
  }

  @Post('adaptations/:id/case-study')
  @Access('verified')
  @ApiCreatedResponse({ description: 'A draft case study of your town, pre-filled from the finished adaptation and linked to the original.', schema: contractSchema('CaseStudyDetail') })
  @ApiConflictResponse({ description: 'The adaptation is not implemented or discontinued yet, or already has its case study.' })
  writeUp(@Param('id', uuidParam('id')) id: string, @CurrentCaller() caller: Caller): Promise<CaseStudyDetail> {
    return this.adaptations.writeUp(id, caller.user);
  }

  @Post('adaptations/:id/check-ins')
  @Access('verified')
  @ApiCreatedResponse({ description: 'Recorded; the original town is told.', schema: contractSchema('Adaptation') })
  @ApiConflictResponse({ description: 'The status cannot follow the current one.' })
  checkIn(@Param('id', uuidParam('id')) id: string, @Body() body: CheckInDto, @CurrentCaller() caller: Caller): Promise<Adaptation> {
    return this.adaptations.checkIn(id, body, caller.user);
  }
}
