import { HttpStatus } from '@nestjs/common';
import { CASE_STUDY_FILE_LIMITS, FileErrorCode } from '@twinning/contracts';
import { AppException } from '../common/errors/app.exception';

const megabytes = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;

export class FileException extends AppException {
  static notFound(id: string): FileException {
    return new FileException(HttpStatus.NOT_FOUND, FileErrorCode.NotFound, `No file you may see has the id ${id}.`);
  }

  static unsupportedType(): FileException {
    return new FileException(
      HttpStatus.UNSUPPORTED_MEDIA_TYPE,
      FileErrorCode.UnsupportedType,
      'This file is not a photo (JPEG, PNG, WebP) or a document (PDF, Word, Excel, PowerPoint, OpenDocument). Its content decides, not its name.',
      [{ field: 'file', rule: 'file_type_not_accepted', reason: 'is of a type that is not accepted' }],
    );
  }

  static tooLarge(kind: 'photo' | 'document'): FileException {
    const limit = kind === 'photo' ? CASE_STUDY_FILE_LIMITS.photoBytes : CASE_STUDY_FILE_LIMITS.documentBytes;
    return new FileException(HttpStatus.PAYLOAD_TOO_LARGE, FileErrorCode.TooLarge, `A ${kind} may be at most ${megabytes(limit)}.`, [{ field: 'file', rule: 'file_too_large', reason: `is larger than ${megabytes(limit)}`, params: { megabytes: Math.round(limit / 1024 / 1024) } }]);
  }

  static quotaExceeded(usedBytes: number, quotaBytes: number): FileException {
    return new FileException(
      HttpStatus.PAYLOAD_TOO_LARGE,
      FileErrorCode.QuotaExceeded,
      `Your town's files would take more than its ${megabytes(quotaBytes)} (${megabytes(usedBytes)} used). Remove files you no longer need, or ask an administrator.`,
      [{ field: 'file', rule: 'quota_exceeded', reason: 'would exceed the town’s storage quota' }],
    );
  }
}
