import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { COUNTRY_CODE_PATTERN, EMAIL_DOMAIN_PATTERN, MUNICIPALITY_KINDS, MUNICIPALITY_LIMITS as LIMITS, type MunicipalityInput, type MunicipalityKind, type TextVariants } from '@twinning/contracts';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsNotEmpty, IsNumber, IsOptional, IsString, IsUrl, Matches, Max, MaxLength, Min, ValidateIf } from 'class-validator';
import { textVariantsDto, TextVariantsField } from '../../common/dto/text-variants.dto';
import { Trim } from '../../common/dto/transforms';

const RegionVariantsDto = textVariantsDto(LIMITS.regionMaxLength);

export class MunicipalityInputDto implements MunicipalityInput {
  @ApiProperty({ example: 'İstanbul' })
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(LIMITS.nameMaxLength)
  nameLocal: string;

  @ApiProperty({ example: 'Istanbul' })
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(LIMITS.nameMaxLength)
  nameEn: string;

  @ApiProperty({ example: 'TR' })
  @IsString()
  @Matches(COUNTRY_CODE_PATTERN, { message: 'must be an ISO 3166-1 alpha-2 code in upper case, such as TR or DE' })
  country: string;

  @ApiProperty({ example: 'Marmara' })
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(LIMITS.regionMaxLength)
  region: string;

  @TextVariantsField(RegionVariantsDto, 'The region’s name in other interface languages (en, tr, de); one left out or empty falls back to `region`.')
  regionVariants?: TextVariants;

  @ApiProperty({ minimum: LIMITS.populationMin, maximum: LIMITS.populationMax })
  @IsInt()
  @Min(LIMITS.populationMin)
  @Max(LIMITS.populationMax)
  population: number;

  @ApiProperty({ example: 2023 })
  @IsInt()
  @Min(LIMITS.yearMin)
  @Max(LIMITS.yearMax)
  populationYear: number;

  @ApiProperty({ enum: MUNICIPALITY_KINDS })
  @IsIn(MUNICIPALITY_KINDS, { message: `must be one of ${MUNICIPALITY_KINDS.join(', ')}` })
  kind: MunicipalityKind;

  @ApiProperty({ minimum: -LIMITS.latitude, maximum: LIMITS.latitude })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(-LIMITS.latitude)
  @Max(LIMITS.latitude)
  latitude: number;

  @ApiProperty({ minimum: -LIMITS.longitude, maximum: LIMITS.longitude })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(-LIMITS.longitude)
  @Max(LIMITS.longitude)
  longitude: number;

  @ApiProperty({ nullable: true, example: 'https://www.ibb.istanbul' })
  @Transform(({ value }) => (value === '' ? null : value))
  @ValidateIf((_, value) => value !== null)
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true }, { message: 'must be an http(s) URL or null' })
  @MaxLength(LIMITS.websiteMaxLength)
  website: string | null;

  @ApiPropertyOptional({ type: [String], example: ['bursa.bel.tr'], description: 'Domains of its staff’s addresses, without "@"; stored lower case, once each.' })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (Array.isArray(value) ? [...new Set(value.map((domain) => (typeof domain === 'string' ? domain.trim().toLowerCase().replace(/^@/, '') : domain)))] : value))
  @IsArray()
  @ArrayMaxSize(LIMITS.emailDomainsMax)
  @IsString({ each: true })
  @Matches(EMAIL_DOMAIN_PATTERN, { each: true, message: 'must hold domains such as bursa.bel.tr' })
  emailDomains?: string[];
}

export class MunicipalityUpdateDto extends PartialType(MunicipalityInputDto, { skipNullProperties: false }) {}
