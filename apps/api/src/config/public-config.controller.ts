import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { type PublicConfig } from '@twinning/contracts';
import { Access } from '../auth/access.decorator';
import { type AppConfig } from './app-config';
import { APP_CONFIG } from './config.module';
import { contractSchema } from '../common/openapi/response-schema';

/** The settings the web client reads at run time, so one build serves every deployment. */
@ApiTags('config')
@Access('public')
@Controller('v1/config')
export class PublicConfigController {
  constructor(@Inject(APP_CONFIG) private readonly config: Pick<AppConfig, 'mapTiles' | 'accessibilityContactEmail'>) {}

  @Get()
  @ApiOkResponse({ description: "The map's tile source and its attribution, and the accessibility statement's contact address.", schema: contractSchema('PublicConfig') })
  getPublicConfig(): PublicConfig {
    return { mapTiles: this.config.mapTiles, accessibilityContactEmail: this.config.accessibilityContactEmail ?? null };
  }
}
