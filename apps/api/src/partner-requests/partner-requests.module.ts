import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module';
import { FundingModule } from '../funding/funding.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { PartnershipsModule } from '../partnerships/partnerships.module';
import { SearchModule } from '../search/search.module';
import { SearchOutboxModule } from '../search/search-outbox.module';
import { PartnerAnswerEntity } from './partner-answer.entity';
import { PartnerRequestEntity } from './partner-request.entity';
import { PartnerRequestSearchRepository } from './partner-request-search.repository';
import { PartnerRequestsController } from './partner-requests.controller';
import { PartnerRequestsRepository } from './partner-requests.repository';
import { PartnerRequestsService } from './partner-requests.service';

/** Towns looking for partners for a joint project, the answers, and the partnerships they become. */
@Module({
  imports: [TypeOrmModule.forFeature([PartnerRequestEntity, PartnerAnswerEntity]), FundingModule, PartnershipsModule, NotificationsModule, SearchModule, SearchOutboxModule, AuditModule],
  controllers: [PartnerRequestsController],
  providers: [PartnerRequestsRepository, PartnerRequestSearchRepository, PartnerRequestsService],
})
export class PartnerRequestsModule {}
