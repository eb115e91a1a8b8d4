import { Module } from '@nestjs/common';
import { SearchOutboxModule } from '../search/search-outbox.module';
import { SearchModule } from '../search/search.module';
import { HealthController } from './health.controller';
import { HealthService } from './health.service';

@Module({
  imports: [SearchModule, SearchOutboxModule],
  controllers: [HealthController],
  providers: [HealthService],
  exports: [HealthService],
})
export class HealthModule {}
