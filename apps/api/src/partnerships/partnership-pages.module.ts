import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AdaptationsModule } from '../adaptations/adaptations.module';
import { AuditModule } from '../audit/audit.module';
import { FundingModule } from '../funding/funding.module';
import { PartnershipActivitiesRepository } from './partnership-activities.repository';
import { PartnershipActivitiesService } from './partnership-activities.service';
import { PartnershipActivityEntity } from './partnership-activity.entity';
import { PartnershipsController } from './partnerships.controller';
import { PartnershipsModule } from './partnerships.module';

/**
 * The public page of a partnership and its activities. Apart from PartnershipsModule, which
 * municipalities import, because the page also lists adaptations (and adaptations import municipalities).
 */
@Module({
  imports: [TypeOrmModule.forFeature([PartnershipActivityEntity]), PartnershipsModule, AdaptationsModule, FundingModule, AuditModule],
  controllers: [PartnershipsController],
  providers: [PartnershipActivitiesRepository, PartnershipActivitiesService],
})
export class PartnershipPagesModule {}
