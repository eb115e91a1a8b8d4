import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module';
import { CaseStudiesModule } from '../case-studies/case-studies.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { DiscussionPostEntity } from './discussion-post.entity';
import { PostReportEntity } from './post-report.entity';
import { QuestionsController } from './questions.controller';
import { QuestionsRepository } from './questions.repository';
import { QuestionsService } from './questions.service';

@Module({
  imports: [TypeOrmModule.forFeature([DiscussionPostEntity, PostReportEntity]), CaseStudiesModule, NotificationsModule, AuditModule],
  controllers: [QuestionsController],
  providers: [QuestionsRepository, QuestionsService],
})
export class QuestionsModule {}
