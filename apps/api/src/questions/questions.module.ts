import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module';
import { CaseStudiesModule } from '../case-studies/case-studies.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { ReportsModule } from '../reports/reports.module';
import { DiscussionPostEntity } from './discussion-post.entity';
import { QuestionsController } from './questions.controller';
import { QuestionsRepository } from './questions.repository';
import { QuestionsService } from './questions.service';

@Module({
  imports: [TypeOrmModule.forFeature([DiscussionPostEntity]), CaseStudiesModule, NotificationsModule, ReportsModule, AuditModule],
  controllers: [QuestionsController],
  providers: [QuestionsRepository, QuestionsService],
})
export class QuestionsModule {}
