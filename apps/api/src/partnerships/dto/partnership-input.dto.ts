import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import {
  type AdminPartnershipListQuery,
  PARTNERSHIP_KINDS,
  PARTNERSHIP_LIMITS as LIMITS,
  PARTNERSHIP_STATUSES,
  type PartnershipInput,
  type PartnershipKind,
  type PartnershipStatus,
  type PartnershipUpdate,
  type TextVariants,
} from '@twinning/contracts';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsInt, IsOptional, IsString, IsUrl, IsUUID, Max, MaxLength, Min, MinLength, ValidateIf } from 'class-validator';
import { PageQueryDto } from '../../common/dto/page-query.dto';
import { textVariantsDto, TextVariantsField } from '../../common/dto/text-variants.dto';
import { Omittable, Trim } from '../../common/dto/transforms';
import { CalendarDay } from '../../funding/dto/funding-call-input.dto';

const DescriptionVariantsDto = textVariantsDto(LIMITS.descriptionMaxLength);

export class PartnershipInputDto implements PartnershipInput {
  @ApiProperty({ type: [String], minItems: 2, maxItems: 2, description: 'The two municipalities, in any order.' })
  @IsArray()
  @ArrayMinSize(2)
  @ArrayMaxSize(2)
  @IsUUID('all', { each: true, message: 'must hold two UUIDs' })
  municipalityIds: [string, string];

  @ApiProperty({ example: 2012 })
  @IsInt()
  @Min(LIMITS.yearMin)
  @Max(LIMITS.yearMax)
  sinceYear: number;

  @ApiProperty({ enum: PARTNERSHIP_STATUSES })
  @IsIn(PARTNERSHIP_STATUSES, { message: `must be one of ${PARTNERSHIP_STATUSES.join(', ')}` })
  status: PartnershipStatus;

  @ApiProperty({ nullable: true })
  @Transform(({ value }) => (typeof value === 'string' && value.trim() === '' ? null : typeof value === 'string' ? value.trim() : value))
  @ValidateIf((_, value) => value !== null)
  @IsString()
  @MinLength(1)
  @MaxLength(LIMITS.programmeMaxLength)
  programme: string | null;

  @ApiProperty()
  @Trim()
  @IsString()
  @MaxLength(LIMITS.descriptionMaxLength)
  description: string;

  @TextVariantsField(DescriptionVariantsDto, 'The description in other interface languages (en, tr, de); one left out or empty falls back to `description`.')
  descriptionVariants?: TextVariants;

  @ApiPropertyOptional({ enum: PARTNERSHIP_KINDS, default: 'twinning' })
  @Omittable()
  @IsIn(PARTNERSHIP_KINDS, { message: `must be one of ${PARTNERSHIP_KINDS.join(', ')}` })
  kind?: PartnershipKind;

  @ApiPropertyOptional({ nullable: true, description: 'A catalogue programme the partnership aims at or was funded by.' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a UUID or null' })
  fundingProgrammeId?: string | null;

  @ApiPropertyOptional({ nullable: true, description: 'A call it aims at; sets the programme too.' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a UUID or null' })
  fundingCallId?: string | null;

  @ApiPropertyOptional({ nullable: true, example: '2012-05-09' })
  @IsOptional()
  @CalendarDay()
  agreementSignedOn?: string | null;

  @ApiPropertyOptional({ nullable: true })
  @Transform(({ value }) => (typeof value === 'string' && value.trim() === '' ? null : typeof value === 'string' ? value.trim() : value))
  @IsOptional()
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true }, { message: 'must be an http(s) URL or null' })
  @MaxLength(LIMITS.agreementUrlMaxLength)
  agreementUrl?: string | null;

  @ApiPropertyOptional({ description: 'What was agreed (Markdown).' })
  @Trim()
  @Omittable()
  @IsString()
  @MaxLength(LIMITS.agreementTextMaxLength)
  agreementText?: string;
}

export class PartnershipUpdateDto extends PartialType(OmitType(PartnershipInputDto, ['municipalityIds'] as const), { skipNullProperties: false }) implements PartnershipUpdate {}

export class AdminPartnershipListQueryDto extends PageQueryDto implements AdminPartnershipListQuery {
  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID('all', { message: 'must be a UUID' })
  municipalityId?: string;
}
