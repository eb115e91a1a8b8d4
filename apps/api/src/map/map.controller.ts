import { Controller, Get, Header, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import { GEOJSON_MEDIA_TYPE, type MapFeatureCollection } from '@twinning/contracts';
import { Access } from '../auth/access.decorator';
import { RateLimit } from '../rate-limit/rate-limit.decorator';
import { MapQueryDto } from './dto/map.query.dto';
import { MapService } from './map.service';
import { contractSchema } from '../common/openapi/response-schema';

@ApiTags('map')
@Access('public')
@Controller('v1/map')
export class MapController {
  constructor(private readonly map: MapService) {}

  @Get()
  @RateLimit('search')
  @Header('Content-Type', `${GEOJSON_MEDIA_TYPE}; charset=utf-8`)
  @ApiProduces(GEOJSON_MEDIA_TYPE)
  @ApiOkResponse({ description: 'GeoJSON FeatureCollection: towns as Points, twinnings as LineStrings, positions as [longitude, latitude].', schema: contractSchema('MapFeatureCollection') })
  @ApiBadRequestResponse({ description: 'A malformed filter, named in `details`.' })
  getMap(@Query() query: MapQueryDto): Promise<MapFeatureCollection> {
    return this.map.getMap(query);
  }
}
