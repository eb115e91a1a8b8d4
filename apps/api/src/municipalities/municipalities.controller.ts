import { Controller, Get, Param, Query } from '@nestjs/common';
import { Access } from '../auth/access.decorator';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { type MunicipalityDetail, type MunicipalitySummary, type Page } from '@twinning/contracts';
import { uuidParam } from '../common/validation';
import { ListMunicipalitiesQueryDto } from './dto/list-municipalities.query.dto';
import { MunicipalitiesService } from './municipalities.service';
import { contractSchema, pageSchema } from '../common/openapi/response-schema';

@ApiTags('municipalities')
@Access('public')
@Controller('v1/municipalities')
export class MunicipalitiesController {
  constructor(private readonly municipalities: MunicipalitiesService) {}

  @Get()
  @ApiOkResponse({ description: 'A page of municipalities, by English name, with the total.', schema: pageSchema('MunicipalitySummary') })
  @ApiBadRequestResponse({ description: 'A malformed query parameter, named in `details`.' })
  listMunicipalities(@Query() query: ListMunicipalitiesQueryDto): Promise<Page<MunicipalitySummary>> {
    return this.municipalities.listMunicipalities(query);
  }

  @Get(':id')
  @ApiOkResponse({ description: 'The municipality with its twinning partners.', schema: contractSchema('MunicipalityDetail') })
  @ApiBadRequestResponse({ description: 'The id is not a UUID.' })
  @ApiNotFoundResponse({ description: 'No municipality has this id.' })
  getMunicipality(@Param('id', uuidParam('id')) id: string): Promise<MunicipalityDetail> {
    return this.municipalities.getMunicipality(id);
  }
}
