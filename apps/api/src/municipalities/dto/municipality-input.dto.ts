import { ApiProperty, PartialType } from '@nestjs/swagger';
import { COUNTRY_CODE_PATTERN, MUNICIPALITY_KINDS, type MunicipalityInput, type MunicipalityKind } from '@twinning/contracts';
import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsNotEmpty, IsNumber, IsString, IsUrl, Matches, Max, MaxLength, Min, ValidateIf } from 'class-validator';

const Trim = () => Transform(({ value }) => (typeof value === 'string' ? value.trim() : value));

export class MunicipalityInputDto implements MunicipalityInput {
  @ApiProperty({ example: 'İstanbul' })
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  nameLocal: string;

  @ApiProperty({ example: 'Istanbul' })
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  nameEn: string;

  @ApiProperty({ example: 'TR' })
  @IsString()
  @Matches(COUNTRY_CODE_PATTERN, { message: 'must be an ISO 3166-1 alpha-2 code in upper case, such as TR or DE' })
  country: string;

  @ApiProperty({ example: 'Marmara' })
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  region: string;

  @ApiProperty({ minimum: 1 })
  @IsInt()
  @Min(1)
  @Max(100_000_000)
  population: number;

  @ApiProperty({ example: 2023 })
  @IsInt()
  @Min(1900)
  @Max(2100)
  populationYear: number;

  @ApiProperty({ enum: MUNICIPALITY_KINDS })
  @IsIn(MUNICIPALITY_KINDS, { message: `must be one of ${MUNICIPALITY_KINDS.join(', ')}` })
  kind: MunicipalityKind;

  @ApiProperty({ minimum: -90, maximum: 90 })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(-90)
  @Max(90)
  latitude: number;

  @ApiProperty({ minimum: -180, maximum: 180 })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(-180)
  @Max(180)
  longitude: number;

  @ApiProperty({ nullable: true, example: 'https://www.ibb.istanbul' })
  @Transform(({ value }) => (value === '' ? null : value))
  @ValidateIf((_, value) => value !== null)
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true }, { message: 'must be an http(s) URL or null' })
  @MaxLength(500)
  website: string | null;
}

export class MunicipalityUpdateDto extends PartialType(MunicipalityInputDto) {}
