import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import {
  CURRENCIES,
  type Currency,
  PARTNERSHIP_ACTIVITY_KINDS,
  PARTNERSHIP_ACTIVITY_LIMITS as LIMITS,
  type PartnershipActivityInput,
  type PartnershipActivityKind,
  type PartnershipActivityUpdate,
  type TextVariants,
} from '@twinning/contracts';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayUnique, IsArray, IsBoolean, IsIn, IsInt, IsNotEmpty, IsNumber, IsOptional, IsString, IsUUID, Max, MaxLength, Min, ValidateIf } from 'class-validator';
import { textVariantsDto, TextVariantsField } from '../../common/dto/text-variants.dto';
import { Trim } from '../../common/dto/transforms';
import { CalendarDay } from '../../funding/dto/funding-call-input.dto';
import { oneOf } from '../../funding/dto/funding-programme-input.dto';

const TitleVariantsDto = textVariantsDto(LIMITS.titleMaxLength);
const DescriptionVariantsDto = textVariantsDto(LIMITS.descriptionMaxLength);
const LearnedVariantsDto = textVariantsDto(LIMITS.learnedMaxLength);

export class PartnershipActivityInputDto implements PartnershipActivityInput {
  @ApiProperty({ enum: PARTNERSHIP_ACTIVITY_KINDS })
  @IsIn(PARTNERSHIP_ACTIVITY_KINDS, oneOf(PARTNERSHIP_ACTIVITY_KINDS))
  kind: PartnershipActivityKind;

  @ApiProperty({ example: 'Study visit to the sorting plant' })
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(LIMITS.titleMaxLength)
  title: string;

  @ApiProperty({ description: 'Markdown.' })
  @Trim()
  @IsString()
  @MaxLength(LIMITS.descriptionMaxLength)
  description: string;

  @TextVariantsField(TitleVariantsDto, 'The title in other interface languages.')
  titleVariants?: TextVariants;

  @TextVariantsField(DescriptionVariantsDto, 'The description in other interface languages.')
  descriptionVariants?: TextVariants;

  @TextVariantsField(LearnedVariantsDto, 'What was learned, in other interface languages.')
  learnedVariants?: TextVariants;

  @ApiProperty({ example: '2025-04-14' })
  @CalendarDay()
  startsOn: string;

  @ApiProperty({ nullable: true, example: '2025-04-17', description: 'Null for a single day.' })
  @ValidateIf((_, value) => value !== null)
  @CalendarDay()
  endsOn: string | null;

  @ApiProperty({ description: 'Visitors see public activities only.' })
  @IsBoolean()
  isPublic: boolean;

  @ApiProperty({ nullable: true, type: Number })
  @ValidateIf((_, value) => value !== null)
  @IsInt()
  @Min(0)
  @Max(LIMITS.participantCountMax)
  participantCount: number | null;

  @ApiProperty({ type: [String], example: ['urban planner', 'waste officer'] })
  @Transform(({ value }) => (Array.isArray(value) ? value.map((role) => (typeof role === 'string' ? role.trim() : role)) : value))
  @IsArray()
  @ArrayMaxSize(LIMITS.participantRolesMax)
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @MaxLength(LIMITS.participantRoleMaxLength, { each: true })
  participantRoles: string[];

  @ApiProperty({ description: 'What the participants learned (Markdown).' })
  @Trim()
  @IsString()
  @MaxLength(LIMITS.learnedMaxLength)
  learned: string;

  @ApiProperty({ type: [String], description: 'Published, named case studies it concerned.' })
  @IsArray()
  @ArrayMaxSize(LIMITS.caseStudiesMax)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  caseStudyIds: string[];

  @ApiPropertyOptional({ nullable: true, description: 'Only for a joint project.' })
  @IsOptional()
  @IsUUID('all')
  fundingProgrammeId?: string | null;

  @ApiPropertyOptional({ nullable: true, type: Number })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(LIMITS.fundingAmountMax)
  fundingAmount?: number | null;

  @ApiPropertyOptional({ enum: CURRENCIES, nullable: true })
  @IsOptional()
  @IsIn(CURRENCIES, oneOf(CURRENCIES))
  fundingCurrency?: Currency | null;
}

export class PartnershipActivityUpdateDto extends PartialType(PartnershipActivityInputDto, { skipNullProperties: false }) implements PartnershipActivityUpdate {}
