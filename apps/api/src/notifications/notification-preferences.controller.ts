import { Body, Controller, Get, Patch } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { type NotificationPreferences } from '@twinning/contracts';
import { Access } from '../auth/access.decorator';
import { type Caller, CurrentCaller } from '../auth/current-account.decorator';
import { NotificationPreferencesDto } from './dto/notification-preferences.dto';
import { NotificationsRepository } from './notifications.repository';
import { contractSchema } from '../common/openapi/response-schema';

@ApiTags('notifications')
@Controller('v1/me/notification-preferences')
@Access('signed-in')
export class NotificationPreferencesController {
  constructor(private readonly notifications: NotificationsRepository) {}

  @Get()
  @ApiOkResponse({ description: 'A channel (app, email, digest or off) for every kind of notification; the defaults where none was chosen.', schema: contractSchema('NotificationPreferences') })
  getPreferences(@CurrentCaller() caller: Caller): Promise<NotificationPreferences> {
    return this.notifications.preferencesOf(caller.user.id);
  }

  @Patch()
  @ApiOkResponse({ description: 'Saved; every kind with its channel now.', schema: contractSchema('NotificationPreferences') })
  @ApiBadRequestResponse({ description: 'An unknown kind or channel; nothing is saved.' })
  async savePreferences(@Body() body: NotificationPreferencesDto, @CurrentCaller() caller: Caller): Promise<NotificationPreferences> {
    await this.notifications.savePreferences(caller.user.id, body);
    return this.notifications.preferencesOf(caller.user.id);
  }
}
