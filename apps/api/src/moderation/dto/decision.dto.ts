import { ApiProperty } from '@nestjs/swagger';
import { CASE_STUDY_LIMITS, type DecisionRequest, MODERATION_DECISIONS, type ModerationDecisionKind, TEMPLATE_SECTIONS, type TemplateSection } from '@twinning/contracts';
import { IsIn, IsObject, IsString, MaxLength } from 'class-validator';

export class DecisionDto implements DecisionRequest {
  @ApiProperty({ enum: MODERATION_DECISIONS })
  @IsIn(MODERATION_DECISIONS, { message: `must be one of ${MODERATION_DECISIONS.join(', ')}` })
  decision: ModerationDecisionKind;

  @ApiProperty({ description: 'For the authors; required (or a section comment) to request changes or reject.' })
  @IsString()
  @MaxLength(CASE_STUDY_LIMITS.decisionCommentMaxLength)
  comment: string;

  @ApiProperty({ description: `A comment per template section (${TEMPLATE_SECTIONS.join(', ')}).`, type: 'object', additionalProperties: { type: 'string' } })
  @IsObject()
  sectionComments: Partial<Record<TemplateSection, string>>;
}
