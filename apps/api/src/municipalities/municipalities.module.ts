import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module';
import { PartnershipsModule } from '../partnerships/partnerships.module';
import { SearchOutboxModule } from '../search/search-outbox.module';
import { AdminMunicipalitiesController } from './admin-municipalities.controller';
import { MunicipalitiesController } from './municipalities.controller';
import { MunicipalitiesRepository } from './municipalities.repository';
import { MunicipalitiesService } from './municipalities.service';
import { MunicipalityEntity } from './municipality.entity';

@Module({
  imports: [TypeOrmModule.forFeature([MunicipalityEntity]), PartnershipsModule, AuditModule, SearchOutboxModule],
  controllers: [MunicipalitiesController, AdminMunicipalitiesController],
  providers: [MunicipalitiesRepository, MunicipalitiesService],
  exports: [MunicipalitiesRepository],
})
export class MunicipalitiesModule {}
