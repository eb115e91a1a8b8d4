import { Body, Controller, Delete, HttpCode, HttpStatus, Param, Patch, Post } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiNoContentResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { type Municipality } from '@twinning/contracts';
import { Access } from '../auth/access.decorator';
import { type Caller, CurrentCaller } from '../auth/current-account.decorator';
import { uuidParam } from '../common/validation';
import { MunicipalityInputDto, MunicipalityUpdateDto } from './dto/municipality-input.dto';
import { MunicipalitiesService } from './municipalities.service';
import { contractSchema } from '../common/openapi/response-schema';

@ApiTags('admin')
@Controller('v1/admin/municipalities')
@Access('admin')
export class AdminMunicipalitiesController {
  constructor(private readonly municipalities: MunicipalitiesService) {}

  @Post()
  @ApiCreatedResponse({ description: 'The municipality exists.', schema: contractSchema('Municipality') })
  createMunicipality(@Body() body: MunicipalityInputDto, @CurrentCaller() caller: Caller): Promise<Municipality> {
    return this.municipalities.createMunicipality(body, caller.user);
  }

  @Patch(':id')
  @ApiOkResponse({ description: 'The municipality after the change.', schema: contractSchema('Municipality') })
  @ApiNotFoundResponse({ description: 'No such municipality.' })
  updateMunicipality(@Param('id', uuidParam('id')) id: string, @Body() body: MunicipalityUpdateDto, @CurrentCaller() caller: Caller): Promise<Municipality> {
    return this.municipalities.updateMunicipality(id, body, caller.user);
  }

  @Delete(':id')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse({ description: 'Deleted, with its partnerships.' })
  @ApiConflictResponse({ description: 'Accounts belong to it.' })
  async deleteMunicipality(@Param('id', uuidParam('id')) id: string, @CurrentCaller() caller: Caller): Promise<void> {
    await this.municipalities.deleteMunicipality(id, caller.user);
  }
}
