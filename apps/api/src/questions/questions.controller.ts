import { Body, Controller, Get, HttpCode, HttpStatus, Param, Post } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiForbiddenResponse, ApiNoContentResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { type Answer, type Question } from '@twinning/contracts';
import { Access } from '../auth/access.decorator';
import { type Caller, CurrentCaller } from '../auth/current-account.decorator';
import { uuidParam } from '../common/validation';
import { PostDto, PostVisibilityDto } from './dto/question.dto';
import { QuestionsService } from './questions.service';
import { contractSchema, listSchema } from '../common/openapi/response-schema';

@ApiTags('questions')
@Controller('v1')
export class QuestionsController {
  constructor(private readonly questions: QuestionsService) {}

  @Get('case-studies/:id/questions')
  @Access('public')
  @ApiOkResponse({ description: 'Questions on the published case study, newest first, each with its answers.', schema: listSchema('Question') })
  @ApiNotFoundResponse({ description: 'No published case study the caller may see.' })
  listQuestions(@Param('id', uuidParam('id')) caseStudyId: string, @CurrentCaller() caller?: Caller): Promise<Question[]> {
    return this.questions.listQuestions(caseStudyId, caller?.user);
  }

  @Post('case-studies/:id/questions')
  // Only people whose account a moderator verified speak in the portal's name of a town.
  @Access('verified')
  @ApiCreatedResponse({ description: 'Asked; the town’s staff are told.', schema: contractSchema('Question') })
  @ApiForbiddenResponse({ description: 'The account is not verified yet (code account_not_verified or email_not_confirmed).' })
  ask(@Param('id', uuidParam('id')) caseStudyId: string, @Body() body: PostDto, @CurrentCaller() caller: Caller): Promise<Question> {
    return this.questions.ask(caseStudyId, body.body, caller.user);
  }

  @Post('questions/:id/answers')
  @Access('verified')
  @ApiCreatedResponse({ description: 'Answered by the case study’s town; the one who asked is told.', schema: contractSchema('Answer') })
  @ApiConflictResponse({ description: 'The id is an answer, not a question.' })
  answer(@Param('id', uuidParam('id')) questionId: string, @Body() body: PostDto, @CurrentCaller() caller: Caller): Promise<Answer> {
    return this.questions.answer(questionId, body.body, caller.user);
  }

  @Post('posts/:id/visibility')
  @Access('moderator')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse({ description: 'Hidden (its open reports closed) or shown again.' })
  setVisibility(@Param('id', uuidParam('id')) postId: string, @Body() body: PostVisibilityDto, @CurrentCaller() caller: Caller): Promise<void> {
    return this.questions.setHidden(postId, body.hidden, caller.user);
  }
}
