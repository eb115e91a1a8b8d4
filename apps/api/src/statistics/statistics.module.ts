import { Module } from '@nestjs/common';
import { StatisticsController } from './statistics.controller';
import { StatisticsRepository } from './statistics.repository';

@Module({ controllers: [StatisticsController], providers: [StatisticsRepository] })
export class StatisticsModule {}
