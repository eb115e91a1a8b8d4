import { Inject, Injectable } from '@nestjs/common';
import { type MapFeatureCollection, type MapQuery } from '@twinning/contracts';
import { type AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { toFeatureCollection } from './map.mapper';
import { MapRepository } from './map.repository';

@Injectable()
export class MapService {
  constructor(
    private readonly map: MapRepository,
    @Inject(APP_CONFIG) private readonly config: Pick<AppConfig, 'publicUrl'>,
  ) {}

  async getMap(filters: MapQuery): Promise<MapFeatureCollection> {
    return toFeatureCollection(await this.map.find(filters), this.config.publicUrl);
  }
}
