import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional } from 'class-validator';
import { queryBoolean } from '../../common/dto/transforms';

export class CollectionListQueryDto {
  @ApiPropertyOptional({ description: 'true: only the collections shown on the home page.' })
  @IsOptional()
  @Transform(queryBoolean)
  @IsBoolean({ message: 'must be true or false' })
  featured?: boolean;
}
