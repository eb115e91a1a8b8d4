import { ApiPropertyOptional } from '@nestjs/swagger';
import { ACCOUNT_SEARCH_MAX_LENGTH, ACCOUNT_STATUSES, type AccountStatus, type AdminUserListQuery, ROLES, type Role, type UpdateUserRequest } from '@twinning/contracts';
import { IsIn, IsOptional, IsString, IsUUID, MaxLength, ValidateIf } from 'class-validator';
import { PageQueryDto } from '../../common/dto/page-query.dto';
import { Omittable } from '../../common/dto/transforms';

export class AdminUserListQueryDto extends PageQueryDto implements AdminUserListQuery {
  @ApiPropertyOptional({ enum: ACCOUNT_STATUSES })
  @IsOptional()
  @IsIn(ACCOUNT_STATUSES, { message: `must be one of ${ACCOUNT_STATUSES.join(', ')}` })
  status?: AccountStatus;

  @ApiPropertyOptional({ enum: ROLES })
  @IsOptional()
  @IsIn(ROLES, { message: `must be one of ${ROLES.join(', ')}` })
  role?: Role;

  @ApiPropertyOptional({ description: 'Part of the e-mail or name.' })
  @IsOptional()
  @IsString()
  @MaxLength(ACCOUNT_SEARCH_MAX_LENGTH)
  q?: string;
}

export class UpdateUserDto implements UpdateUserRequest {
  @ApiPropertyOptional({ enum: ROLES })
  @Omittable()
  @IsIn(ROLES, { message: `must be one of ${ROLES.join(', ')}` })
  role?: Role;

  @ApiPropertyOptional({ nullable: true })
  @Omittable()
  @ValidateIf((_, value) => value !== null)
  @IsUUID('all', { message: 'must be a UUID or null' })
  municipalityId?: string | null;
}
