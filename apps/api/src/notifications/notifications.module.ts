import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MailModule } from '../mail/mail.module';
import { NotificationDigestEntity } from './notification-digest.entity';
import { NotificationMailerService } from './notification-mailer.service';
import { NotificationPreferenceEntity } from './notification-preference.entity';
import { NotificationPreferencesController } from './notification-preferences.controller';
import { NotificationEntity } from './notification.entity';
import { NotificationsController } from './notifications.controller';
import { NotificationsRepository } from './notifications.repository';

@Module({
  imports: [TypeOrmModule.forFeature([NotificationEntity, NotificationPreferenceEntity, NotificationDigestEntity]), MailModule],
  controllers: [NotificationsController, NotificationPreferencesController],
  providers: [NotificationsRepository, NotificationMailerService],
  exports: [NotificationsRepository],
})
export class NotificationsModule {}
