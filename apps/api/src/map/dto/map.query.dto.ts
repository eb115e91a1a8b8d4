import { ApiPropertyOptional } from '@nestjs/swagger';
import { COUNTRY_CODE_PATTERN, type MapQuery, type Theme, THEMES } from '@twinning/contracts';
import { IsIn, IsOptional, IsString, IsUUID, Matches } from 'class-validator';

export class MapQueryDto implements MapQuery {
  @ApiPropertyOptional({ description: 'Towns of this country: ISO 3166-1 alpha-2, upper case.', example: 'DE' })
  @IsOptional()
  @IsString()
  @Matches(COUNTRY_CODE_PATTERN, { message: 'must be an ISO 3166-1 alpha-2 code in upper case, such as TR or DE' })
  country?: string;

  @ApiPropertyOptional({ enum: THEMES, description: 'Towns that have published, under their own name, a case study of this theme.' })
  @IsOptional()
  @IsIn(THEMES, { message: `must be one of ${THEMES.join(', ')}` })
  theme?: Theme;

  @ApiPropertyOptional({ description: 'One town, by id: the town and its partners.', format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a UUID' })
  municipality?: string;
}
