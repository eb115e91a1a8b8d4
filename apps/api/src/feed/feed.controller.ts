import { Controller, Get } from '@nestjs/common';
import { ApiForbiddenResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { type StaffFeed } from '@twinning/contracts';
import { Access } from '../auth/access.decorator';
import { type Caller, CurrentCaller } from '../auth/current-account.decorator';
import { FeedService } from './feed.service';
import { contractSchema } from '../common/openapi/response-schema';

@ApiTags('feed')
@Controller('v1/feed')
export class FeedController {
  constructor(private readonly feed: FeedService) {}

  @Get()
  @Access('verified')
  @ApiOkResponse({ description: 'For municipal staff: what partner towns publish and adapt, and practices of towns like theirs.', schema: contractSchema('StaffFeed') })
  @ApiForbiddenResponse({ description: 'Not staff of a municipality.' })
  getFeed(@CurrentCaller() caller: Caller): Promise<StaffFeed> {
    return this.feed.feedFor(caller.user);
  }
}
