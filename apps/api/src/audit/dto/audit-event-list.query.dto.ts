import { ApiPropertyOptional } from '@nestjs/swagger';
import { AUDIT_ENTITY_TYPES, type AuditEntityType, type AuditEventListQuery } from '@twinning/contracts';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { PageQueryDto } from '../../common/dto/page-query.dto';

export class AuditEventListQueryDto extends PageQueryDto implements AuditEventListQuery {
  @ApiPropertyOptional({ enum: AUDIT_ENTITY_TYPES })
  @IsOptional()
  @IsIn(AUDIT_ENTITY_TYPES, { message: `must be one of ${AUDIT_ENTITY_TYPES.join(', ')}` })
  entityType?: AuditEntityType;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID('all', { message: 'must be a UUID' })
  entityId?: string;
}
