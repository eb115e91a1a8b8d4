import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { PartnershipEntity } from './partnership.entity';
import { PartnershipsRepository } from './partnerships.repository';

@Module({
  imports: [TypeOrmModule.forFeature([PartnershipEntity])],
  providers: [PartnershipsRepository],
  exports: [PartnershipsRepository],
})
export class PartnershipsModule {}
