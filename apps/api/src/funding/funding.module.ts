import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module';
import { FundingCallEntity } from './funding-call.entity';
import { FundingProgrammeEntity } from './funding-programme.entity';
import { FundingController } from './funding.controller';
import { FundingRepository } from './funding.repository';
import { FundingService } from './funding.service';

@Module({
  imports: [TypeOrmModule.forFeature([FundingProgrammeEntity, FundingCallEntity]), AuditModule],
  controllers: [FundingController],
  providers: [FundingRepository, FundingService],
  exports: [FundingRepository],
})
export class FundingModule {}
