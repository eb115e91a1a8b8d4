import { Body, Controller, Delete, Get, Headers, HttpCode, HttpStatus, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiCreatedResponse, ApiNoContentResponse, ApiNotFoundResponse, ApiOkResponse, ApiQuery, ApiTags } from '@nestjs/swagger';
import { type Collection, type CollectionSummary } from '@twinning/contracts';
import { Access } from '../auth/access.decorator';
import { type Caller, CurrentCaller } from '../auth/current-account.decorator';
import { uuidParam } from '../common/validation';
import { preferredLanguages } from '../translations/translation-reading';
import { CollectionListQueryDto } from './dto/collection-list-query.dto';
import { CollectionInputDto, CollectionUpdateDto } from './dto/collection-input.dto';
import { CollectionsService } from './collections.service';
import { contractSchema, listSchema } from '../common/openapi/response-schema';

@ApiTags('collections')
@Controller('v1/collections')
export class CollectionsController {
  constructor(private readonly collections: CollectionsService) {}

  @Get()
  @Access('public')
  @ApiQuery({ name: 'featured', required: false, description: '`true`: only those shown on the home page.' })
  @ApiOkResponse({ description: 'The collections, featured first, then the most recently changed; each with its first practices as a showcase.', schema: listSchema('CollectionSummary') })
  listCollections(@Query() query: CollectionListQueryDto, @Headers('accept-language') acceptLanguage: string | undefined): Promise<CollectionSummary[]> {
    return this.collections.listCollections(query.featured === true, preferredLanguages(undefined, acceptLanguage));
  }

  @Get(':id')
  @Access('public')
  @ApiOkResponse({ description: 'The collection with its published practices in order; an anonymous one without its town.', schema: contractSchema('Collection') })
  @ApiNotFoundResponse({ description: 'No such collection.' })
  getCollection(@Param('id', uuidParam('id')) id: string, @Headers('accept-language') acceptLanguage: string | undefined): Promise<Collection> {
    return this.collections.getCollection(id, preferredLanguages(undefined, acceptLanguage));
  }

  @Post()
  @Access('moderator')
  @ApiCreatedResponse({ description: 'Created.', schema: contractSchema('Collection') })
  @ApiBadRequestResponse({ description: 'A text missing or too long, or a practice that is not published; nothing is saved.' })
  createCollection(@Body() body: CollectionInputDto, @CurrentCaller() caller: Caller): Promise<Collection> {
    return this.collections.createCollection(body, caller.user);
  }

  @Patch(':id')
  @Access('moderator')
  @ApiOkResponse({ description: 'Saved.', schema: contractSchema('Collection') })
  @ApiNotFoundResponse({ description: 'No such collection.' })
  updateCollection(@Param('id', uuidParam('id')) id: string, @Body() body: CollectionUpdateDto, @CurrentCaller() caller: Caller): Promise<Collection> {
    return this.collections.updateCollection(id, body, caller.user);
  }

  @Delete(':id')
  @Access('moderator')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse({ description: 'Deleted; its practices stay as they are.' })
  @ApiNotFoundResponse({ description: 'No such collection.' })
  deleteCollection(@Param('id', uuidParam('id')) id: string, @CurrentCaller() caller: Caller): Promise<void> {
    return this.collections.deleteCollection(id, caller.user);
  }
}
