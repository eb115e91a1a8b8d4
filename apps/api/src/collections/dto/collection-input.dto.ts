import { ApiProperty, PartialType } from '@nestjs/swagger';
import { COLLECTION_LIMITS as LIMITS, type CollectionInput, type CollectionTexts } from '@twinning/contracts';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayUnique, IsArray, IsBoolean, IsNotEmpty, IsString, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import { Trim } from '../../common/dto/transforms';

export class CollectionTitleDto implements CollectionTexts {
  @ApiProperty() @Trim() @IsString() @IsNotEmpty() @MaxLength(LIMITS.titleMaxLength) en: string;
  @ApiProperty() @Trim() @IsString() @IsNotEmpty() @MaxLength(LIMITS.titleMaxLength) tr: string;
  @ApiProperty() @Trim() @IsString() @IsNotEmpty() @MaxLength(LIMITS.titleMaxLength) de: string;
}

export class CollectionTextDto implements CollectionTexts {
  @ApiProperty() @Trim() @IsString() @IsNotEmpty() @MaxLength(LIMITS.textMaxLength) en: string;
  @ApiProperty() @Trim() @IsString() @IsNotEmpty() @MaxLength(LIMITS.textMaxLength) tr: string;
  @ApiProperty() @Trim() @IsString() @IsNotEmpty() @MaxLength(LIMITS.textMaxLength) de: string;
}

export class CollectionInputDto implements CollectionInput {
  @ApiProperty({ type: CollectionTitleDto })
  @ValidateNested()
  @Type(() => CollectionTitleDto)
  title: CollectionTexts;

  @ApiProperty({ type: CollectionTextDto })
  @ValidateNested()
  @Type(() => CollectionTextDto)
  text: CollectionTexts;

  @ApiProperty({ description: 'Shown on the home page.' })
  @IsBoolean()
  featured: boolean;

  @ApiProperty({ type: [String], format: 'uuid', description: 'Published case studies, in the order shown.', maxItems: LIMITS.caseStudiesMax })
  @IsArray()
  @ArrayMaxSize(LIMITS.caseStudiesMax)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  caseStudyIds: string[];
}

export class CollectionUpdateDto extends PartialType(CollectionInputDto, { skipNullProperties: false }) {}
