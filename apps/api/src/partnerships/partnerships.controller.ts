import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Param, Patch, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiForbiddenResponse, ApiNoContentResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { type PartnershipActivity, type PartnershipDetail } from '@twinning/contracts';
import { Access } from '../auth/access.decorator';
import { type Caller, CurrentCaller } from '../auth/current-account.decorator';
import { uuidParam } from '../common/validation';
import { PartnershipActivityInputDto, PartnershipActivityUpdateDto } from './dto/partnership-activity-input.dto';
import { PartnershipActivitiesService } from './partnership-activities.service';
import { contractSchema } from '../common/openapi/response-schema';

@ApiTags('partnerships')
@Controller('v1/partnerships')
export class PartnershipsController {
  constructor(private readonly activities: PartnershipActivitiesService) {}

  @Get(':id')
  @Access('public')
  @ApiOkResponse({ description: 'The partnership with its activities (public ones for visitors), the practices that travelled between the towns, and contacts for signed-in accounts.', schema: contractSchema('PartnershipDetail') })
  @ApiNotFoundResponse({ description: 'No such partnership.' })
  getPartnership(@Param('id', uuidParam('id')) id: string, @CurrentCaller() caller: Caller | undefined): Promise<PartnershipDetail> {
    return this.activities.getPartnershipPage(id, caller?.user);
  }

  @Post(':id/activities')
  @Access('verified')
  @ApiCreatedResponse({ description: 'The activity as recorded.', schema: contractSchema('PartnershipActivity') })
  @ApiForbiddenResponse({ description: 'Only staff of the two towns and moderators add activities.' })
  addActivity(@Param('id', uuidParam('id')) id: string, @Body() body: PartnershipActivityInputDto, @CurrentCaller() caller: Caller): Promise<PartnershipActivity> {
    return this.activities.addActivity(id, body, caller.user);
  }

  @Patch(':id/activities/:activityId')
  @Access('verified')
  @ApiOkResponse({ description: 'The activity after the change.', schema: contractSchema('PartnershipActivity') })
  @ApiForbiddenResponse({ description: 'Only staff of the two towns and moderators edit activities.' })
  updateActivity(
    @Param('id', uuidParam('id')) id: string,
    @Param('activityId', uuidParam('activityId')) activityId: string,
    @Body() body: PartnershipActivityUpdateDto,
    @CurrentCaller() caller: Caller,
  ): Promise<PartnershipActivity> {
    return this.activities.updateActivity(id, activityId, body, caller.user);
  }

  @Delete(':id/activities/:activityId')
  @Access('verified')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse({ description: 'Deleted.' })
  async deleteActivity(@Param('id', uuidParam('id')) id: string, @Param('activityId', uuidParam('activityId')) activityId: string, @CurrentCaller() caller: Caller): Promise<void> {
    await this.activities.deleteActivity(id, activityId, caller.user);
  }
}
