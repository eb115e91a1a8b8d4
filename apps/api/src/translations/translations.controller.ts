import { Body, Controller, Get, HttpCode, HttpStatus, Param, Post, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiForbiddenResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { type Page, type TranslationQueueItem, type TranslationRevision } from '@twinning/contracts';
import { Access } from '../auth/access.decorator';
import { type Caller, CurrentCaller } from '../auth/current-account.decorator';
import { PageQueryDto } from '../common/dto/page-query.dto';
import { uuidParam } from '../common/validation';
import { SubmitTranslationDto, TranslationDecisionDto, TranslationRequestDto } from './dto/translation-requests.dto';
import { TranslationsService } from './translations.service';
import { contractSchema, pageSchema } from '../common/openapi/response-schema';

@ApiTags('translations')
@Controller('v1')
export class TranslationsController {
  constructor(private readonly translations: TranslationsService) {}

  @Post('case-studies/:id/translations')
  @Access('verified')
  @ApiCreatedResponse({ description: 'A translation revision waiting for a moderator.', schema: contractSchema('TranslationRevision') })
  @ApiForbiddenResponse({ description: 'Only staff of the town or of a twinning partner translate its case studies.' })
  @ApiConflictResponse({ description: 'Not published, the original language, or a revision of this translation is already waiting.' })
  submitTranslation(@Param('id', uuidParam('id')) id: string, @Body() body: SubmitTranslationDto, @CurrentCaller() caller: Caller): Promise<TranslationRevision> {
    return this.translations.submitTranslation(id, body, caller.user);
  }

  @Post('case-studies/:id/translation-requests')
  @Access('verified')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse({ description: 'The town and its partners are told.' })
  requestTranslation(@Param('id', uuidParam('id')) id: string, @Body() body: TranslationRequestDto, @CurrentCaller() caller: Caller): Promise<void> {
    return this.translations.requestTranslation(id, body.language, caller.user);
  }

  @Get('translation-revisions/:id')
  @Access('verified')
  @ApiOkResponse({ description: 'One translation revision beside the original texts it translates.', schema: contractSchema('TranslationRevision') })
  getRevision(@Param('id', uuidParam('id')) id: string, @CurrentCaller() caller: Caller): Promise<TranslationRevision> {
    return this.translations.getRevision(id, caller.user);
  }

  @Get('moderation/translations')
  @Access('moderator')
  @ApiOkResponse({ description: 'Translation revisions waiting for a decision, longest waiting first.', schema: pageSchema('TranslationQueueItem') })
  translationQueue(@Query() query: PageQueryDto): Promise<Page<TranslationQueueItem>> {
    return this.translations.queue(query);
  }

  @Post('moderation/translation-revisions/:id/decision')
  @Access('moderator')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ description: 'Decided; the translator is told.', schema: contractSchema('TranslationRevision') })
  @ApiConflictResponse({ description: 'Already decided.' })
  decide(@Param('id', uuidParam('id')) id: string, @Body() body: TranslationDecisionDto, @CurrentCaller() caller: Caller): Promise<TranslationRevision> {
    return this.translations.decide(id, body, caller.user);
  }
}
