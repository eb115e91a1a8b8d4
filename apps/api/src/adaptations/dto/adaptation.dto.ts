import { ApiProperty } from '@nestjs/swagger';
import { ADAPTATION_LIMITS, ADAPTATION_STATUSES, type AdaptationStatus, type CheckInRequest, type StartAdaptationRequest } from '@twinning/contracts';
import { IsIn, IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { Trim } from '../../common/dto/transforms';

export class StartAdaptationDto implements StartAdaptationRequest {
  @ApiProperty({ description: 'The town’s own situation.' })
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(ADAPTATION_LIMITS.textMaxLength)
  localContext: string;

  @ApiProperty({ description: 'What the town changes from the original, and why.' })
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(ADAPTATION_LIMITS.textMaxLength)
  changes: string;

  @ApiProperty()
  @Trim()
  @IsString()
  @MaxLength(ADAPTATION_LIMITS.textMaxLength)
  plannedSteps: string;
}

export class CheckInDto implements CheckInRequest {
  @ApiProperty({ enum: ADAPTATION_STATUSES })
  @IsIn(ADAPTATION_STATUSES, { message: `must be one of ${ADAPTATION_STATUSES.join(', ')}` })
  status: AdaptationStatus;

  @ApiProperty({ description: 'What happened; the reason when discontinuing.' })
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(ADAPTATION_LIMITS.noteMaxLength)
  note: string;

  @ApiProperty({ description: 'Results so far, where there are any.' })
  @Trim()
  @IsString()
  @MaxLength(ADAPTATION_LIMITS.noteMaxLength)
  results: string;
}
