import { Global, Module } from '@nestjs/common';
import { SearchOutboxModule } from '../search/search-outbox.module';
import { MetricsController } from './metrics.controller';
import { MetricsService } from './metrics.service';

@Global()
@Module({
  imports: [SearchOutboxModule],
  controllers: [MetricsController],
  providers: [MetricsService],
  exports: [MetricsService],
})
export class ObservabilityModule {}
