import { ApiPropertyOptional } from '@nestjs/swagger';
import { type AuditEventListQuery } from '@twinning/contracts';
import { IsOptional, IsString, IsUUID, Matches } from 'class-validator';
import { PageQueryDto } from '../../common/dto/page-query.dto';

export class AuditEventListQueryDto extends PageQueryDto implements AuditEventListQuery {
  @ApiPropertyOptional({ example: 'user' })
  @IsOptional()
  @IsString()
  @Matches(/^[a-z_]{1,40}$/, { message: 'must be a lower-case entity type such as user or partnership' })
  entityType?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID('all', { message: 'must be a UUID' })
  entityId?: string;
}
