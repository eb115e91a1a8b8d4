import { ApiProperty } from '@nestjs/swagger';
import { REPORT_DECISIONS, REPORT_LIMITS, REPORT_TARGET_KINDS, type ReportDecision, type ReportRequest, type ReportTargetKind, type ResolveReportsRequest } from '@twinning/contracts';
import { IsIn, IsNotEmpty, IsString, IsUUID, MaxLength } from 'class-validator';
import { Trim } from '../../common/dto/transforms';

export class ReportDto implements ReportRequest {
  @ApiProperty({ enum: REPORT_TARGET_KINDS, description: 'What kind of thing is reported.' })
  @IsIn(REPORT_TARGET_KINDS, { message: `must be one of ${REPORT_TARGET_KINDS.join(', ')}` })
  targetKind: ReportTargetKind;

  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  targetId: string;

  @ApiProperty({ description: 'What is wrong with it.', maxLength: REPORT_LIMITS.reasonMaxLength })
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(REPORT_LIMITS.reasonMaxLength)
  reason: string;
}

export class ResolveReportsDto implements ResolveReportsRequest {
  @ApiProperty({ enum: REPORT_TARGET_KINDS })
  @IsIn(REPORT_TARGET_KINDS, { message: `must be one of ${REPORT_TARGET_KINDS.join(', ')}` })
  targetKind: ReportTargetKind;

  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  targetId: string;

  @ApiProperty({ enum: REPORT_DECISIONS, description: 'resolved: a moderator acted on it; dismissed: nothing wrong.' })
  @IsIn(REPORT_DECISIONS, { message: `must be one of ${REPORT_DECISIONS.join(', ')}` })
  decision: ReportDecision;

  @ApiProperty({ description: 'Why, for the audit log; may be empty.', maxLength: REPORT_LIMITS.commentMaxLength })
  @Trim()
  @IsString()
  @MaxLength(REPORT_LIMITS.commentMaxLength)
  comment: string;
}
