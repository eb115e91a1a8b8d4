import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  CASE_STUDY_LANGUAGES,
  CASE_STUDY_LIMITS,
  type CaseStudyLanguage,
  type SubmitTranslationRequest,
  type TranslatedTexts,
  TRANSLATABLE_FIELDS,
  TRANSLATION_DECISIONS,
  type TranslationDecisionKind,
  type TranslationDecisionRequest,
  type TranslationRequestRequest,
} from '@twinning/contracts';
import { IsIn, IsObject, IsOptional, IsString, MaxLength } from 'class-validator';

const language = () => IsIn(CASE_STUDY_LANGUAGES, { message: `must be one of ${CASE_STUDY_LANGUAGES.join(', ')}` });

/** `?lang=`: the version a reader picked. */
export class ReadingQueryDto {
  @ApiPropertyOptional({ enum: CASE_STUDY_LANGUAGES, description: 'Read it in this language when it is the original or an approved translation; else Accept-Language decides.' })
  @IsOptional()
  @language()
  lang?: CaseStudyLanguage;
}

// `texts` is checked field by field by the service against the original (findTranslationProblems).
export class SubmitTranslationDto implements SubmitTranslationRequest {
  @ApiProperty({ enum: CASE_STUDY_LANGUAGES })
  @language()
  language: CaseStudyLanguage;

  @ApiProperty({ description: `The translated texts by path: ${TRANSLATABLE_FIELDS.join(', ')}, and indicators[i].name, indicators[i].unit and failureCauses[i].note for each indicator and failure cause. Each the original has is required.` })
  @IsObject()
  texts: TranslatedTexts;
}

export class TranslationDecisionDto implements TranslationDecisionRequest {
  @ApiProperty({ enum: TRANSLATION_DECISIONS })
  @IsIn(TRANSLATION_DECISIONS, { message: `must be one of ${TRANSLATION_DECISIONS.join(', ')}` })
  decision: TranslationDecisionKind;

  @ApiProperty({ description: 'Required to reject: what is not faithful to the original.' })
  @IsString()
  @MaxLength(CASE_STUDY_LIMITS.decisionCommentMaxLength)
  comment: string;
}

export class TranslationRequestDto implements TranslationRequestRequest {
  @ApiProperty({ enum: CASE_STUDY_LANGUAGES })
  @language()
  language: CaseStudyLanguage;
}
