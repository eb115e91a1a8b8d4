import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { CaseStudiesModule } from '../case-studies/case-studies.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { SearchOutboxModule } from '../search/search-outbox.module';
import { ModerationController } from './moderation.controller';
import { ModerationService } from './moderation.service';

@Module({
  imports: [CaseStudiesModule, NotificationsModule, AuditModule, SearchOutboxModule],
  controllers: [ModerationController],
  providers: [ModerationService],
})
export class ModerationModule {}
