import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module';
import { FundingModule } from '../funding/funding.module';
import { SearchOutboxModule } from '../search/search-outbox.module';
import { AdminPartnershipsController } from './admin-partnerships.controller';
import { PartnershipEntity } from './partnership.entity';
import { PartnershipsRepository } from './partnerships.repository';
import { PartnershipsService } from './partnerships.service';

@Module({
  imports: [TypeOrmModule.forFeature([PartnershipEntity]), AuditModule, SearchOutboxModule, FundingModule],
  controllers: [AdminPartnershipsController],
  providers: [PartnershipsRepository, PartnershipsService],
  exports: [PartnershipsRepository],
})
export class PartnershipsModule {}
