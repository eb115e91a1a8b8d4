import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import {
  COUNTRY_CODE_PATTERN,
  CURRENCIES,
  type Currency,
  FUNDING_LIMITS as LIMITS,
  FUNDING_PROGRAMME_KINDS,
  type FundingProgrammeInput,
  type FundingProgrammeKind,
  type FundingProgrammeListQuery,
  type FundingProgrammeUpdate,
  type Label,
  THEMES,
  type Theme,
} from '@twinning/contracts';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsNotEmpty, IsNumber, IsOptional, IsString, IsUrl, Matches, Max, MaxLength, Min, ValidateIf, ValidateNested } from 'class-validator';
import { Trim } from '../../common/dto/transforms';

export const oneOf = (values: readonly string[]) => ({ message: `must be one of ${values.join(', ')}` });

/** An http(s) link, at most `urlMaxLength` long; shared by programmes and calls. */
export function OfficialUrl(): PropertyDecorator {
  return (target, key) => {
    IsUrl({ protocols: ['http', 'https'], require_protocol: true }, { message: 'must be an http(s) URL' })(target, key);
    MaxLength(LIMITS.urlMaxLength)(target, key);
  };
}

/** An amount of money or null. */
export function OptionalAmount(): PropertyDecorator {
  return (target, key) => {
    ValidateIf((_, value) => value !== null)(target, key);
    IsNumber({ allowNaN: false, allowInfinity: false })(target, key);
    Min(LIMITS.minAmount)(target, key);
    Max(LIMITS.maxAmount)(target, key);
  };
}

export class DescriptionDto implements Label {
  @ApiProperty() @Trim() @IsString() @IsNotEmpty() @MaxLength(LIMITS.descriptionMaxLength) en: string;
  @ApiProperty() @Trim() @IsString() @IsNotEmpty() @MaxLength(LIMITS.descriptionMaxLength) tr: string;
  @ApiProperty() @Trim() @IsString() @IsNotEmpty() @MaxLength(LIMITS.descriptionMaxLength) de: string;
}

export class FundingProgrammeInputDto implements FundingProgrammeInput {
  @ApiProperty({ example: 'CERV – Town-Twinning' })
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(LIMITS.nameMaxLength)
  name: string;

  @ApiProperty({ type: [String], description: 'Other names towns write for it.' })
  @IsArray()
  @ArrayMaxSize(LIMITS.maxAliases)
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @MaxLength(LIMITS.aliasMaxLength, { each: true })
  aliases: string[];

  @ApiProperty({ example: 'European Commission' })
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(LIMITS.funderMaxLength)
  funder: string;

  @ApiProperty({ enum: FUNDING_PROGRAMME_KINDS })
  @IsIn(FUNDING_PROGRAMME_KINDS, oneOf(FUNDING_PROGRAMME_KINDS))
  kind: FundingProgrammeKind;

  @ApiProperty({ type: [String], example: ['TR', 'DE'], description: 'Empty when not limited to a list.' })
  @Transform(({ value }: { value: unknown }) => (Array.isArray(value) ? [...new Set(value)] : value))
  @IsArray()
  @ArrayMaxSize(LIMITS.maxEligibleCountries)
  @IsString({ each: true })
  @Matches(COUNTRY_CODE_PATTERN, { each: true, message: 'must hold ISO 3166-1 alpha-2 codes in upper case, such as TR or DE' })
  eligibleCountries: string[];

  @ApiProperty({ enum: THEMES, isArray: true })
  @Transform(({ value }: { value: unknown }) => (Array.isArray(value) ? [...new Set(value)] : value))
  @IsArray()
  @IsIn(THEMES, { each: true, ...oneOf(THEMES) })
  themes: Theme[];

  @ApiProperty({ nullable: true, type: Number }) @OptionalAmount() typicalGrantMin: number | null;
  @ApiProperty({ nullable: true, type: Number }) @OptionalAmount() typicalGrantMax: number | null;

  @ApiProperty({ enum: CURRENCIES, nullable: true })
  @ValidateIf((_, value) => value !== null)
  @IsIn(CURRENCIES, oneOf(CURRENCIES))
  grantCurrency: Currency | null;

  @ApiProperty({ nullable: true, minimum: LIMITS.minRatePercent, maximum: LIMITS.maxRatePercent })
  @ValidateIf((_, value) => value !== null)
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(LIMITS.minRatePercent)
  @Max(LIMITS.maxRatePercent)
  coFinancingRatePercent: number | null;

  @ApiProperty({ example: 'https://commission.europa.eu/' }) @OfficialUrl() officialUrl: string;

  @ApiProperty({ type: DescriptionDto })
  @ValidateNested()
  @Type(() => DescriptionDto)
  description: Label;
}

export class FundingProgrammeUpdateDto extends PartialType(FundingProgrammeInputDto, { skipNullProperties: false }) implements FundingProgrammeUpdate {
  @ApiPropertyOptional({ description: 'true archives the programme, false brings it back.' })
  // Left out: unchanged. null is refused, not read as "bring it back".
  @ValidateIf((_, value) => value !== undefined)
  @IsBoolean()
  archived?: boolean;
}

const toBoolean = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);

export class FundingProgrammeListQueryDto implements FundingProgrammeListQuery {
  @ApiPropertyOptional({ enum: THEMES }) @IsOptional() @IsIn(THEMES, oneOf(THEMES)) theme?: Theme;
  @ApiPropertyOptional({ enum: FUNDING_PROGRAMME_KINDS }) @IsOptional() @IsIn(FUNDING_PROGRAMME_KINDS, oneOf(FUNDING_PROGRAMME_KINDS)) kind?: FundingProgrammeKind;
  @ApiPropertyOptional() @IsOptional() @Transform(toBoolean) @IsBoolean() includeArchived?: boolean;
}
