import { ApiPropertyOptional } from '@nestjs/swagger';
import {
  COUNTRY_CODE_PATTERN,
  MUNICIPALITY_KINDS,
  MUNICIPALITY_SEARCH_MAX_LENGTH,
  type MunicipalityKind,
  type MunicipalityListQuery,
} from '@twinning/contracts';
import { IsIn, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { PageQueryDto } from '../../common/dto/page-query.dto';

export class ListMunicipalitiesQueryDto extends PageQueryDto implements MunicipalityListQuery {
  @ApiPropertyOptional({ description: 'Part of the name in either language; case and diacritics are ignored.', maxLength: MUNICIPALITY_SEARCH_MAX_LENGTH })
  @IsOptional()
  @IsString()
  @MaxLength(MUNICIPALITY_SEARCH_MAX_LENGTH)
  q?: string;

  @ApiPropertyOptional({ description: 'ISO 3166-1 alpha-2 country code, upper case.', example: 'TR' })
  @IsOptional()
  @IsString()
  @Matches(COUNTRY_CODE_PATTERN, { message: 'must be an ISO 3166-1 alpha-2 code in upper case, such as TR or DE' })
  country?: string;

  @ApiPropertyOptional({ enum: MUNICIPALITY_KINDS })
  @IsOptional()
  @IsIn(MUNICIPALITY_KINDS, { message: `must be one of ${MUNICIPALITY_KINDS.join(', ')}` })
  kind?: MunicipalityKind;
}
