import { Body, Controller, Delete, Get, Param, Patch, Post, Res, StreamableFile, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiConsumes, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiPayloadTooLargeResponse, ApiTags, ApiUnsupportedMediaTypeResponse } from '@nestjs/swagger';
import { CASE_STUDY_FILE_LIMITS, type CaseStudyFiles } from '@twinning/contracts';
import { type Response } from 'express';
import { Access } from '../auth/access.decorator';
import { type Caller, CurrentCaller } from '../auth/current-account.decorator';
import { uuidParam } from '../common/validation';
import { UpdateCaseStudyFileDto, UploadCaseStudyFileDto } from './dto/file-requests.dto';
import { FilesService, type UploadedFile as Upload } from './files.service';
import { contractSchema } from '../common/openapi/response-schema';

@ApiTags('files')
@Controller('v1')
export class FilesController {
  constructor(private readonly files: FilesService) {}

  @Post('case-studies/:id/files')
  @Access('verified')
  // Held in memory (at most the largest document), read for its type, then stored: nothing touches the disk before it is accepted.
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: CASE_STUDY_FILE_LIMITS.documentBytes, files: 1, fields: 10 } }))
  @ApiConsumes('multipart/form-data')
  @ApiCreatedResponse({ description: 'Stored; the case study’s files as they are now.', schema: contractSchema('CaseStudyFiles') })
  @ApiUnsupportedMediaTypeResponse({ description: 'unsupported_file_type: the content is no accepted photo or document.' })
  @ApiPayloadTooLargeResponse({ description: 'file_too_large (10 MB for a photo, 25 MB for a document) or storage_quota_exceeded.' })
  uploadFile(@Param('id', uuidParam('id')) id: string, @UploadedFile() file: Upload | undefined, @Body() body: UploadCaseStudyFileDto, @CurrentCaller() caller: Caller): Promise<CaseStudyFiles> {
    return this.files.uploadFile(id, file, body, caller.user);
  }

  @Patch('case-studies/:id/files/:fileId')
  @Access('verified')
  @ApiOkResponse({ description: 'Its description changed, or it became (or stopped being) the cover.', schema: contractSchema('CaseStudyFiles') })
  updateFile(@Param('id', uuidParam('id')) id: string, @Param('fileId', uuidParam('fileId')) fileId: string, @Body() body: UpdateCaseStudyFileDto, @CurrentCaller() caller: Caller): Promise<CaseStudyFiles> {
    return this.files.updateFile(id, fileId, body, caller.user);
  }

  @Delete('case-studies/:id/files/:fileId')
  @Access('verified')
  @ApiOkResponse({ description: 'Removed, with its stored bytes.', schema: contractSchema('CaseStudyFiles') })
  deleteFile(@Param('id', uuidParam('id')) id: string, @Param('fileId', uuidParam('fileId')) fileId: string, @CurrentCaller() caller: Caller): Promise<CaseStudyFiles> {
    return this.files.deleteFile(id, fileId, caller.user);
  }

  @Get('files/:fileId/:variant')
  @Access('public')
  @ApiOkResponse({
    description: 'A photo (WebP, `small` or `large`) shown inline, or a document (`original`) as a download.',
    content: { 'image/webp': { schema: { type: 'string', format: 'binary' } }, 'application/octet-stream': { schema: { type: 'string', format: 'binary' } } },
  })
  @ApiNotFoundResponse({ description: 'No such file, or one of a case study the caller may not read.' })
  async readFile(
    @Param('fileId', uuidParam('fileId')) fileId: string,
    // Any other variant is a file that does not exist: the service answers 404.
    @Param('variant') variant: string,
    @Res({ passthrough: true }) response: Response,
    @CurrentCaller() caller?: Caller,
  ): Promise<StreamableFile> {
    const file = await this.files.readFile(fileId, variant, caller?.user);
    response.setHeader('X-Content-Type-Options', 'nosniff');
    response.setHeader('Cache-Control', file.cacheable ? 'public, max-age=300' : 'private, no-store');
    if (file.downloadName) response.attachment(file.downloadName);
    return new StreamableFile(file.body, { type: file.contentType, length: file.body.length });
  }
}
