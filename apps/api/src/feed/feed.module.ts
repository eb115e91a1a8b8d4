import { Module } from '@nestjs/common';
import { AdaptationsModule } from '../adaptations/adaptations.module';
import { MunicipalitiesModule } from '../municipalities/municipalities.module';
import { PartnershipsModule } from '../partnerships/partnerships.module';
import { FeedController } from './feed.controller';
import { FeedRepository } from './feed.repository';
import { FeedService } from './feed.service';

@Module({
  imports: [AdaptationsModule, MunicipalitiesModule, PartnershipsModule],
  controllers: [FeedController],
  providers: [FeedRepository, FeedService],
})
export class FeedModule {}
