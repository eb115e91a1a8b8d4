import { Inject, Injectable, Logger } from '@nestjs/common';
import { type ApiErrorDetail, CASE_STUDY_FILE_LIMITS, type CaseStudyFiles, DOCUMENT_TYPES, type DocumentType, type UpdateCaseStudyFileRequest } from '@twinning/contracts';
import { AuditRepository } from '../audit/audit.repository';
import { AuthException } from '../auth/auth.errors';
import { CaseStudiesRepository } from '../case-studies/case-studies.repository';
import { CaseStudyException } from '../case-studies/case-studies.errors';
import { caseStudyAccess, isPubliclyVisible } from '../case-studies/case-study-access';
import { type CaseStudyEntity } from '../case-studies/case-study.entity';
import { ValidationException } from '../common/errors/validation.exception';
import { type AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { type Transaction, TransactionRunner } from '../database/transaction';
import { SearchOutboxRepository } from '../search/search-outbox.repository';
import { type UserEntity } from '../users/user.entity';
import { toCaseStudyFiles } from './case-study-file.mapper';
import { detectContentType, isPhotoType } from './content-type';
import { type UploadCaseStudyFileDto } from './dto/file-requests.dto';
import { FILE_STORAGE, type FileStorage, storedContentType, storedKeys } from './file-storage';
import { FileException } from './files.errors';
import { FilesRepository } from './files.repository';
import { prepareStoredFile, putStoredFile } from './stored-file';

export interface UploadedFile {
  originalname: string;
  buffer: Buffer;
  size: number;
}

/** What the files route sends: the bytes, and how a browser is to treat them. */
export interface FileContent {
  body: Buffer;
  contentType: string;
  /** Documents are downloads, under this name; photos are shown inline. */
  downloadName: string | null;
  /** Public case studies' files may be kept by browsers and proxies a while; drafts' never. */
  cacheable: boolean;
}

/** Photos and documents of case studies: only the owning town's staff change them; whoever may read the case study reads them. */
@Injectable()
export class FilesService {
  private readonly logger = new Logger(FilesService.name);

  constructor(
    private readonly files: FilesRepository,
    private readonly caseStudies: CaseStudiesRepository,
    private readonly audit: AuditRepository,
    private readonly searchOutbox: SearchOutboxRepository,
    private readonly transactions: TransactionRunner,
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
    @Inject(APP_CONFIG) private readonly config: Pick<AppConfig, 'fileQuotaBytesPerTown'>,
  ) {}

  /**
   * Reads the type from the content, checks the size for that type and the description it
   * needs, makes a photo's sizes (metadata stripped), then stores it within the town's quota.
   * Anything refused leaves nothing behind.
   */
  async uploadFile(caseStudyId: string, upload: UploadedFile | undefined, fields: UploadCaseStudyFileDto, user: UserEntity): Promise<CaseStudyFiles> {
    if (!upload) throw new ValidationException([{ field: 'file', rule: 'required', reason: 'is required' }]);
    const contentType = detectContentType(upload.buffer);
    if (!contentType) throw FileException.unsupportedType();
    const photo = isPhotoType(contentType);
    if (upload.size > (photo ? CASE_STUDY_FILE_LIMITS.photoBytes : CASE_STUDY_FILE_LIMITS.documentBytes)) throw FileException.tooLarge(photo ? 'photo' : 'document');
    const altText = fields.altText?.trim() ?? '';
    if (photo && !altText) throw new ValidationException([{ field: 'altText', rule: 'alt_text_required', reason: 'is required: say what the picture shows, for people who cannot see it' }]);
    const title = (fields.title?.trim() || upload.originalname.replace(/^.*[\\/]/, '')).slice(0, CASE_STUDY_FILE_LIMITS.title.max);

    const file = await prepareStoredFile(upload.buffer, contentType);
    if (!file) throw FileException.unsupportedType();
    const { id, byteSize } = file;
    const keys = file.variants.map((variant) => variant.key);

    try {
      return await this.transactions.run(async (transaction) => {
        const caseStudy = await this.lockAsOwner(caseStudyId, user, transaction);
        const used = await this.files.lockedBytesOfMunicipality(caseStudy.municipalityId, transaction);
        if (used + byteSize > this.config.fileQuotaBytesPerTown) throw FileException.quotaExceeded(used, this.config.fileQuotaBytesPerTown);
        await this.files.insert(
          {
            id,
            caseStudyId,
            kind: photo ? 'photo' : 'document',
            contentType,
            byteSize,
            altText: photo ? altText : '',
            caption: fields.caption?.trim() ?? '',
            title: photo ? '' : title,
            width: file.width,
            height: file.height,
            uploadedById: user.id,
          },
          transaction,
        );
        // The first photo becomes the cover unless another is asked for later.
        if (photo && (fields.cover === 'true' || caseStudy.coverFileId === null)) await this.changeCover(caseStudy, id, transaction);
        await this.audit.record(transaction, { actorId: user.id, action: 'case_study.file_added', entityType: 'case_study', entityId: caseStudyId, after: { fileId: id, contentType, byteSize } });
        await putStoredFile(this.storage, file);
        return this.filesOf(caseStudyId, transaction);
      });
    } catch (error) {
      await this.removeStored(keys);
      throw error;
    }
  }

  async updateFile(caseStudyId: string, fileId: string, request: UpdateCaseStudyFileRequest, user: UserEntity): Promise<CaseStudyFiles> {
    return this.transactions.run(async (transaction) => {
      const caseStudy = await this.lockAsOwner(caseStudyId, user, transaction);
      const file = await this.files.findOfCaseStudy(fileId, caseStudyId, transaction);
      if (!file) throw FileException.notFound(fileId);
      const photo = file.kind === 'photo';
      const problems: ApiErrorDetail[] = [];
      if (!photo && (request.altText !== undefined || request.cover !== undefined)) problems.push({ field: request.cover !== undefined ? 'cover' : 'altText', rule: 'only_for_photo', reason: 'is only for a photo' });
      if (photo && request.title !== undefined) problems.push({ field: 'title', rule: 'only_for_document', reason: 'is only for a document' });
      if (photo && request.altText !== undefined && !request.altText.trim()) problems.push({ field: 'altText', rule: 'alt_text_required', reason: 'is required: say what the picture shows, for people who cannot see it' });
      if (!photo && request.title !== undefined && !request.title.trim()) problems.push({ field: 'title', rule: 'required', reason: 'must not be empty' });
      if (problems.length > 0) throw new ValidationException(problems);
      await this.files.update(fileId, { altText: request.altText?.trim(), caption: request.caption?.trim(), title: request.title?.trim() }, transaction);
      if (request.cover === true && caseStudy.coverFileId !== fileId) await this.changeCover(caseStudy, fileId, transaction);
      else if (request.cover === false && caseStudy.coverFileId === fileId) await this.changeCover(caseStudy, null, transaction);
      else if (caseStudy.coverFileId === fileId && request.altText !== undefined) await this.reindexIfPublic(caseStudy, transaction);
      return this.filesOf(caseStudyId, transaction);
    });
  }

  /** The row goes first, with the cover when it was the cover; the bytes after the commit. */
  async deleteFile(caseStudyId: string, fileId: string, user: UserEntity): Promise<CaseStudyFiles> {
    const { files, keys } = await this.transactions.run(async (transaction) => {
      const caseStudy = await this.lockAsOwner(caseStudyId, user, transaction);
      const file = await this.files.findOfCaseStudy(fileId, caseStudyId, transaction);
      if (!file) throw FileException.notFound(fileId);
      await this.files.delete(fileId, transaction);
      if (caseStudy.coverFileId === fileId) await this.reindexIfPublic(caseStudy, transaction);
      await this.audit.record(transaction, { actorId: user.id, action: 'case_study.file_removed', entityType: 'case_study', entityId: caseStudyId, before: { fileId, contentType: file.contentType, byteSize: file.byteSize } });
      return { files: await this.filesOf(caseStudyId, transaction), keys: storedKeys(file) };
    });
    await this.removeStored(keys);
    return files;
  }

  /**
   * A file for whoever may read its case study (a draft's only for its town's staff and the
   * moderators; an anonymous one's documents only for those who may know its town); 404 for anyone else.
   */
  async readFile(fileId: string, variant: string, user: UserEntity | undefined): Promise<FileContent> {
    const file = await this.files.findWithCaseStudy(fileId);
    const access = file && caseStudyAccess(file.caseStudy, user);
    if (!file || !access?.seesCaseStudy || (file.kind === 'document' && !access.knowsTown) || !storedKeys(file).includes(`${fileId}/${variant}`)) throw FileException.notFound(fileId);
    const body = await this.storage.get(`${fileId}/${variant}`);
    if (!body) throw FileException.notFound(fileId);
    const photo = file.kind === 'photo';
    return {
      body,
      contentType: storedContentType(file),
      downloadName: photo ? null : downloadName(file.title, file.contentType as DocumentType),
      cacheable: isPubliclyVisible(file.caseStudy),
    };
  }

  private async changeCover(caseStudy: CaseStudyEntity, fileId: string | null, transaction: Transaction): Promise<void> {
    await this.files.setCover(caseStudy.id, fileId, transaction);
    await this.reindexIfPublic(caseStudy, transaction);
  }

  /** Search hits show the cover: the index learns of a change to it. */
  private async reindexIfPublic(caseStudy: CaseStudyEntity, transaction: Transaction): Promise<void> {
    if (isPubliclyVisible(caseStudy)) await this.searchOutbox.enqueue(transaction, [caseStudy.id]);
  }

  private async filesOf(caseStudyId: string, transaction: Transaction): Promise<CaseStudyFiles> {
    const caseStudy = (await this.caseStudies.findById(caseStudyId, transaction))!;
    // Only the town's own staff edit its files.
    return toCaseStudyFiles(caseStudy.files, caseStudy.coverFileId, true);
  }

  /** Locks the case study; 404 when the caller may not see it, 403 unless they are verified staff of its town. */
  private async lockAsOwner(caseStudyId: string, user: UserEntity, transaction: Transaction): Promise<CaseStudyEntity> {
    const caseStudy = await this.caseStudies.findByIdForUpdate(caseStudyId, transaction);
    if (!caseStudy || !caseStudyAccess(caseStudy, user).seesCaseStudy) throw CaseStudyException.notFound(caseStudyId);
    if (!caseStudyAccess(caseStudy, user).owner) throw AuthException.forbidden();
    return caseStudy;
  }

  /** Best effort: bytes left behind cost space, never a reader's view (no row points at them). */
  private async removeStored(keys: string[]): Promise<void> {
    await this.storage.delete(keys).catch((error: unknown) => this.logger.warn(`Stored files ${keys.join(', ')} could not be removed: ${String(error)}`));
  }
}

/** The title, with the extension of the type the content showed (never the one the uploader's name had). */
function downloadName(title: string, contentType: DocumentType): string {
  const extension = DOCUMENT_TYPES[contentType];
  const base = title.replace(/[\p{Cc}\\/"]/gu, '').replace(/\.[a-z0-9]{1,5}$/i, '').trim() || 'document';
  return `${base}.${extension}`;
}
