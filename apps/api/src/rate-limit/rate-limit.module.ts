import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { MaintenanceService } from './maintenance.service';
import { RateLimitGuard } from './rate-limit.guard';

@Module({
  providers: [MaintenanceService, { provide: APP_GUARD, useClass: RateLimitGuard }],
})
export class RateLimitModule {}
