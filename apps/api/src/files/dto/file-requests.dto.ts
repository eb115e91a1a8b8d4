import { ApiPropertyOptional, OmitType } from '@nestjs/swagger';
import { CASE_STUDY_FILE_LIMITS, type UpdateCaseStudyFileRequest, type UploadCaseStudyFileFields } from '@twinning/contracts';
import { IsBoolean, IsIn, IsString, MaxLength } from 'class-validator';
import { Omittable } from '../../common/dto/transforms';

/** The text fields of a multipart upload (the file itself is the `file` part). */
export class UploadCaseStudyFileDto implements UploadCaseStudyFileFields {
  @ApiPropertyOptional({ description: 'A photo: what it shows, for people who cannot see it (required for a photo).' })
  @Omittable()
  @IsString()
  @MaxLength(CASE_STUDY_FILE_LIMITS.altText.max)
  altText?: string;

  @ApiPropertyOptional()
  @Omittable()
  @IsString()
  @MaxLength(CASE_STUDY_FILE_LIMITS.caption.max)
  caption?: string;

  @ApiPropertyOptional({ description: 'A document: the name it is listed under (its file name when left out).' })
  @Omittable()
  @IsString()
  @MaxLength(CASE_STUDY_FILE_LIMITS.title.max)
  title?: string;

  @ApiPropertyOptional({ enum: ['true', 'false'], description: 'A photo: make it the cover picture.' })
  @Omittable()
  @IsIn(['true', 'false'])
  cover?: 'true' | 'false';
}

/** The same texts as an upload's; `cover` here is a boolean of JSON, not a multipart string. */
export class UpdateCaseStudyFileDto extends OmitType(UploadCaseStudyFileDto, ['cover'] as const) implements UpdateCaseStudyFileRequest {
  @ApiPropertyOptional({ description: 'true: this photo becomes the cover; false: no cover (when it was this one).' })
  @Omittable()
  @IsBoolean()
  cover?: boolean;
}
