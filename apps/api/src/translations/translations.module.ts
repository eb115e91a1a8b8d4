import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { CaseStudiesModule } from '../case-studies/case-studies.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { SearchOutboxModule } from '../search/search-outbox.module';
import { TranslationsController } from './translations.controller';
import { TranslationsService } from './translations.service';

@Module({
  imports: [CaseStudiesModule, NotificationsModule, AuditModule, SearchOutboxModule],
  controllers: [TranslationsController],
  providers: [TranslationsService],
})
export class TranslationsModule {}
