import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MailModule } from '../mail/mail.module';
import { NotificationMailerService } from './notification-mailer.service';
import { NotificationEntity } from './notification.entity';
import { NotificationsController } from './notifications.controller';
import { NotificationsRepository } from './notifications.repository';

@Module({
  imports: [TypeOrmModule.forFeature([NotificationEntity]), MailModule],
  controllers: [NotificationsController],
  providers: [NotificationsRepository, NotificationMailerService],
  exports: [NotificationsRepository],
})
export class NotificationsModule {}
