import { ApiPropertyOptional } from '@nestjs/swagger';
import { NOTIFICATION_CHANNELS, NOTIFICATION_KINDS, type NotificationPreferences } from '@twinning/contracts';
import { IsIn, IsOptional } from 'class-validator';

/** Any of the kinds, each with a channel; the kinds left out keep what they had. */
export class NotificationPreferencesDto implements Partial<NotificationPreferences> {}

// One property per kind, from the one list in the contracts: a new kind is accepted here without an edit.
for (const kind of NOTIFICATION_KINDS) {
  ApiPropertyOptional({ enum: NOTIFICATION_CHANNELS, description: `How to be told of ${kind}.` })(NotificationPreferencesDto.prototype, kind);
  IsOptional()(NotificationPreferencesDto.prototype, kind);
  IsIn(NOTIFICATION_CHANNELS, { message: `must be one of ${NOTIFICATION_CHANNELS.join(', ')}` })(NotificationPreferencesDto.prototype, kind);
}
