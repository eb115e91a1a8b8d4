import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiNoContentResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { type Page, type Partnership } from '@twinning/contracts';
import { Access } from '../auth/access.decorator';
import { type Caller, CurrentCaller } from '../auth/current-account.decorator';
import { uuidParam } from '../common/validation';
import { AdminPartnershipListQueryDto, PartnershipInputDto, PartnershipUpdateDto } from './dto/partnership-input.dto';
import { PartnershipsService } from './partnerships.service';
import { contractSchema, pageSchema } from '../common/openapi/response-schema';

@ApiTags('admin')
@Controller('v1/admin/partnerships')
@Access('admin')
export class AdminPartnershipsController {
  constructor(private readonly partnerships: PartnershipsService) {}

  @Get()
  @ApiOkResponse({ description: 'Partnerships, newest twinning first.', schema: pageSchema('Partnership') })
  listPartnerships(@Query() query: AdminPartnershipListQueryDto): Promise<Page<Partnership>> {
    return this.partnerships.listPartnerships(query);
  }

  @Post()
  @ApiCreatedResponse({ description: 'The two municipalities are twinned.', schema: contractSchema('Partnership') })
  @ApiConflictResponse({ description: 'They already are.' })
  createPartnership(@Body() body: PartnershipInputDto, @CurrentCaller() caller: Caller): Promise<Partnership> {
    return this.partnerships.createPartnership(body, caller.user);
  }

  @Patch(':id')
  @ApiOkResponse({ description: 'The partnership after the change.', schema: contractSchema('Partnership') })
  @ApiNotFoundResponse({ description: 'No such partnership.' })
  updatePartnership(@Param('id', uuidParam('id')) id: string, @Body() body: PartnershipUpdateDto, @CurrentCaller() caller: Caller): Promise<Partnership> {
    return this.partnerships.updatePartnership(id, body, caller.user);
  }

  @Delete(':id')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse({ description: 'Deleted.' })
  async deletePartnership(@Param('id', uuidParam('id')) id: string, @CurrentCaller() caller: Caller): Promise<void> {
    await this.partnerships.deletePartnership(id, caller.user);
  }
}
