import { Body, Controller, Delete, Get, Headers, HttpCode, HttpStatus, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiForbiddenResponse, ApiNoContentResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { type CaseStudyDetail, type CaseStudyRevision, type CaseStudyRevisionSummary, type CaseStudySummary, type Page, type RevisionDiff } from '@twinning/contracts';
import { Access } from '../auth/access.decorator';
import { type Caller, CurrentCaller } from '../auth/current-account.decorator';
import { uuidParam } from '../common/validation';
import { ReadingQueryDto } from '../translations/dto/translation-requests.dto';
import { preferredLanguages } from '../translations/translation-reading';
import { CaseStudiesService } from './case-studies.service';
import { CaseStudyListQueryDto, CreateCaseStudyDto, FeatureCaseStudyDto, RevisionDiffQueryDto, SubmitCaseStudyDto, UpdateCaseStudyDto } from './dto/case-study-requests.dto';
import { contractSchema, listSchema, pageSchema } from '../common/openapi/response-schema';

@ApiTags('case-studies')
@Controller('v1/case-studies')
export class CaseStudiesController {
  constructor(private readonly caseStudies: CaseStudiesService) {}

  @Post()
  @Access('verified')
  @ApiCreatedResponse({ description: 'A new draft of your municipality.', schema: contractSchema('CaseStudyDetail') })
  @ApiForbiddenResponse({ description: 'Only staff of a municipality write case studies.' })
  createCaseStudy(@Body() body: CreateCaseStudyDto, @CurrentCaller() caller: Caller): Promise<CaseStudyDetail> {
    return this.caseStudies.createCaseStudy(body, caller.user);
  }

  @Get()
  @Access('public')
  @ApiOkResponse({ description: 'Case studies the caller may see: published ones (title and summary in the reader\'s language where approved), and all of their own municipality for its staff.', schema: pageSchema('CaseStudySummary') })
  listCaseStudies(@Query() query: CaseStudyListQueryDto, @Headers('accept-language') acceptLanguage: string | undefined, @CurrentCaller() caller?: Caller): Promise<Page<CaseStudySummary>> {
    return this.caseStudies.listCaseStudies(query, caller?.user, preferredLanguages(query.lang, acceptLanguage));
  }

  @Get(':id')
  @Access('public')
  @ApiOkResponse({ description: 'The published revision as the caller may see it; the working copy and the last decision for its staff and moderators.', schema: contractSchema('CaseStudyDetail') })
  @ApiNotFoundResponse({ description: 'No case study the caller may see.' })
  getCaseStudy(
    @Param('id', uuidParam('id')) id: string,
    @Query() query: ReadingQueryDto,
    @Headers('accept-language') acceptLanguage: string | undefined,
    @CurrentCaller() caller?: Caller,
  ): Promise<CaseStudyDetail> {
    return this.caseStudies.getCaseStudy(id, caller?.user, preferredLanguages(query.lang, acceptLanguage));
  }

  @Patch(':id')
  @Access('verified')
  @ApiOkResponse({ description: 'Saved; `draft.version` is the one to send next.', schema: contractSchema('CaseStudyDetail') })
  @ApiConflictResponse({ description: 'stale_version: someone saved in between; invalid_transition: the status does not allow editing.' })
  updateCaseStudy(@Param('id', uuidParam('id')) id: string, @Body() body: UpdateCaseStudyDto, @CurrentCaller() caller: Caller): Promise<CaseStudyDetail> {
    return this.caseStudies.updateCaseStudy(id, body, caller.user);
  }

  @Post(':id/submit')
  @Access('verified')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ description: 'Submitted: a new revision waits for a moderator.', schema: contractSchema('CaseStudyDetail') })
  @ApiUnprocessableEntityResponse({ description: 'Incomplete: `details` names every missing field.' })
  submitCaseStudy(@Param('id', uuidParam('id')) id: string, @Body() body: SubmitCaseStudyDto, @CurrentCaller() caller: Caller): Promise<CaseStudyDetail> {
    return this.caseStudies.submitCaseStudy(id, body.version, caller.user);
  }

  @Post(':id/archive')
  @Access('verified')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ description: 'Archived: no longer shown to the public.', schema: contractSchema('CaseStudyDetail') })
  archiveCaseStudy(@Param('id', uuidParam('id')) id: string, @CurrentCaller() caller: Caller): Promise<CaseStudyDetail> {
    return this.caseStudies.archiveCaseStudy(id, caller.user);
  }

  @Delete(':id')
  @Access('verified')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse({ description: 'Deleted, with its files: a never-published draft by its town\'s staff, any case study by an admin.' })
  @ApiConflictResponse({ description: 'Published once, or waiting for a moderator: its town archives it instead.' })
  deleteCaseStudy(@Param('id', uuidParam('id')) id: string, @CurrentCaller() caller: Caller): Promise<void> {
    return this.caseStudies.deleteCaseStudy(id, caller.user);
  }

  @Post(':id/feature')
  @Access('moderator')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ description: 'The featured label is set or removed.', schema: contractSchema('CaseStudyDetail') })
  featureCaseStudy(@Param('id', uuidParam('id')) id: string, @Body() body: FeatureCaseStudyDto, @CurrentCaller() caller: Caller): Promise<CaseStudyDetail> {
    return this.caseStudies.featureCaseStudy(id, body.featured, caller.user);
  }

  @Get(':id/revisions')
  @Access('verified')
  @ApiOkResponse({ description: 'Every submitted revision, newest first, with its decision.', schema: listSchema('CaseStudyRevisionSummary') })
  listRevisions(@Param('id', uuidParam('id')) id: string, @CurrentCaller() caller: Caller): Promise<CaseStudyRevisionSummary[]> {
    return this.caseStudies.listRevisions(id, caller.user);
  }

  @Get(':id/revisions/:revisionId')
  @Access('verified')
  @ApiOkResponse({ description: 'One revision with its full content.', schema: contractSchema('CaseStudyRevision') })
  getRevision(@Param('id', uuidParam('id')) id: string, @Param('revisionId', uuidParam('revisionId')) revisionId: string, @CurrentCaller() caller: Caller): Promise<CaseStudyRevision> {
    return this.caseStudies.getRevision(id, revisionId, caller.user);
  }

  @Get(':id/diff')
  @Access('verified')
  @ApiOkResponse({ description: 'Field by field, what changed between two revisions.', schema: contractSchema('RevisionDiff') })
  diffRevisions(@Param('id', uuidParam('id')) id: string, @Query() query: RevisionDiffQueryDto, @CurrentCaller() caller: Caller): Promise<RevisionDiff> {
    return this.caseStudies.diffRevisions(id, query.from, query.to, caller.user);
  }
}
