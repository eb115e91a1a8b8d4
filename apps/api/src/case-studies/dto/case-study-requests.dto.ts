import { ApiProperty, ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import {
  CASE_STUDY_STATUSES,
  type CaseStudyContent,
  type CaseStudyListQuery,
  type CaseStudyStatus,
  type CreateCaseStudyRequest,
  type FeatureCaseStudyRequest,
  type SubmitCaseStudyRequest,
  type UpdateCaseStudyRequest,
} from '@twinning/contracts';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsObject, IsOptional, IsUUID, Min } from 'class-validator';
import { PageQueryDto } from '../../common/dto/page-query.dto';
import { Omittable, queryBoolean } from '../../common/dto/transforms';
import { ReadingQueryDto } from '../../translations/dto/translation-requests.dto';

// `content` is checked field by field by the service (findContentProblems), after it is laid
// over the current working copy, so a save can send only what changed.

export class CreateCaseStudyDto implements CreateCaseStudyRequest {
  @ApiPropertyOptional({ description: 'Any fields of the template to start with.' })
  @Omittable()
  @IsObject()
  content?: Partial<CaseStudyContent>;

  @ApiPropertyOptional()
  @Omittable()
  @IsBoolean()
  publishAnonymously?: boolean;
}

export class UpdateCaseStudyDto implements UpdateCaseStudyRequest {
  @ApiProperty({ description: 'The version this save is based on (draft.version).' })
  @IsInt()
  @Min(1)
  version: number;

  @ApiPropertyOptional({ description: 'Fields of the template to change; the others keep their saved values. Only the fields sent are checked: a 400 names those refused, and nothing is saved.' })
  @Omittable()
  @IsObject()
  content?: Partial<CaseStudyContent>;

  @ApiPropertyOptional({ description: 'Publish without naming the town; only for a partial success or a failure.' })
  @Omittable()
  @IsBoolean()
  publishAnonymously?: boolean;
}

export class SubmitCaseStudyDto implements SubmitCaseStudyRequest {
  @ApiProperty()
  @IsInt()
  @Min(1)
  version: number;
}

export class FeatureCaseStudyDto implements FeatureCaseStudyRequest {
  @ApiProperty()
  @IsBoolean()
  featured: boolean;
}

/** `lang`: the reader's language, as on the case study's page. */
export class CaseStudyListQueryDto extends IntersectionType(PageQueryDto, ReadingQueryDto) implements CaseStudyListQuery {
  @ApiPropertyOptional({ description: 'Only the case studies of this municipality.' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a UUID' })
  municipality?: string;

  @ApiPropertyOptional({ enum: CASE_STUDY_STATUSES })
  @IsOptional()
  @IsIn(CASE_STUDY_STATUSES, { message: `must be one of ${CASE_STUDY_STATUSES.join(', ')}` })
  status?: CaseStudyStatus;

  @ApiPropertyOptional({ description: 'true: only featured practices the public may read.' })
  @IsOptional()
  @Transform(queryBoolean)
  @IsBoolean({ message: 'must be true or false' })
  featured?: boolean;

  @ApiPropertyOptional({ description: 'true: only what a visitor sees, whoever asks (a town page).' })
  @IsOptional()
  @Transform(queryBoolean)
  @IsBoolean({ message: 'must be true or false' })
  public?: boolean;
}

export class RevisionDiffQueryDto {
  @ApiProperty()
  @IsUUID('all', { message: 'must be a UUID' })
  from: string;

  @ApiProperty()
  @IsUUID('all', { message: 'must be a UUID' })
  to: string;
}
