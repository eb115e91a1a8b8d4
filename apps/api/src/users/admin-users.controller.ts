import { Body, Controller, Get, HttpCode, HttpStatus, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiNoContentResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { type AdminUser, type Page } from '@twinning/contracts';
import { Access } from '../auth/access.decorator';
import { type Caller, CurrentCaller } from '../auth/current-account.decorator';
import { uuidParam } from '../common/validation';
import { AdminUserListQueryDto, UpdateUserDto } from './dto/admin-users.dto';
import { UsersService } from './users.service';
import { contractSchema, pageSchema } from '../common/openapi/response-schema';

@ApiTags('admin')
@Controller('v1/admin/users')
export class AdminUsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  @Access('moderator')
  @ApiOkResponse({ description: 'Accounts; `status=pending` is the verification queue, oldest first.', schema: pageSchema('AdminUser') })
  listUsers(@Query() query: AdminUserListQueryDto): Promise<Page<AdminUser>> {
    return this.users.listUsers(query);
  }

  @Post(':id/verify')
  @Access('moderator')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ description: 'The account is verified.', schema: contractSchema('AdminUser') })
  @ApiConflictResponse({ description: 'The account is not waiting for verification, or it is your own.' })
  @ApiNotFoundResponse({ description: 'No such account.' })
  verifyUser(@Param('id', uuidParam('id')) id: string, @CurrentCaller() caller: Caller): Promise<AdminUser> {
    return this.users.verifyUser(id, caller.user);
  }

  @Patch(':id')
  @Access('admin')
  @ApiOkResponse({ description: 'Role and municipality changed.', schema: contractSchema('AdminUser') })
  updateUser(@Param('id', uuidParam('id')) id: string, @Body() body: UpdateUserDto, @CurrentCaller() caller: Caller): Promise<AdminUser> {
    return this.users.updateUser(id, body, caller.user);
  }

  @Post(':id/password-reset')
  @Access('admin')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse({ description: 'A link to set a new password (valid one hour) went to the account’s address.' })
  @ApiConflictResponse({ description: 'The account is deactivated.' })
  @ApiNotFoundResponse({ description: 'No such account.' })
  sendPasswordReset(@Param('id', uuidParam('id')) id: string, @CurrentCaller() caller: Caller): Promise<void> {
    return this.users.sendPasswordReset(id, caller.user);
  }

  @Post(':id/deactivate')
  @Access('admin')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ description: 'Deactivated; every session of the account has ended.', schema: contractSchema('AdminUser') })
  deactivateUser(@Param('id', uuidParam('id')) id: string, @CurrentCaller() caller: Caller): Promise<AdminUser> {
    return this.users.deactivateUser(id, caller.user);
  }

  @Post(':id/reactivate')
  @Access('admin')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ description: 'Active again.', schema: contractSchema('AdminUser') })
  reactivateUser(@Param('id', uuidParam('id')) id: string, @CurrentCaller() caller: Caller): Promise<AdminUser> {
    return this.users.reactivateUser(id, caller.user);
  }
}
