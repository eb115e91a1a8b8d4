import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module';
import { CaseStudiesModule } from '../case-studies/case-studies.module';
import { MunicipalitiesModule } from '../municipalities/municipalities.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { SearchOutboxModule } from '../search/search-outbox.module';
import { AdaptationCheckInEntity } from './adaptation-check-in.entity';
import { AdaptationEntity } from './adaptation.entity';
import { AdaptationsController } from './adaptations.controller';
import { AdaptationsRepository } from './adaptations.repository';
import { AdaptationsService } from './adaptations.service';

@Module({
  imports: [TypeOrmModule.forFeature([AdaptationEntity, AdaptationCheckInEntity]), CaseStudiesModule, MunicipalitiesModule, NotificationsModule, SearchOutboxModule, AuditModule],
  controllers: [AdaptationsController],
  providers: [AdaptationsRepository, AdaptationsService],
  exports: [AdaptationsRepository, AdaptationsService],
})
export class AdaptationsModule {}
