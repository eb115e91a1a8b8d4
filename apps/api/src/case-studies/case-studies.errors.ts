import { HttpStatus } from '@nestjs/common';
import { type ApiErrorDetail, CaseStudyErrorCode, type CaseStudyStatus } from '@twinning/contracts';
import { AppException } from '../common/errors/app.exception';

export class CaseStudyException extends AppException {
  static notFound(id: string): CaseStudyException {
    return new CaseStudyException(HttpStatus.NOT_FOUND, CaseStudyErrorCode.NotFound, `No case study you may see has the id ${id}.`);
  }

  static staleVersion(current: number): CaseStudyException {
    return new CaseStudyException(
      HttpStatus.CONFLICT,
      CaseStudyErrorCode.StaleVersion,
      'Someone saved this case study after you opened it. Reload the latest version; nothing was overwritten.',
      [{ field: 'version', rule: 'outdated_version', reason: `is ${current} now`, params: { current } }],
    );
  }

  static incomplete(missing: ApiErrorDetail[]): CaseStudyException {
    return new CaseStudyException(
      HttpStatus.UNPROCESSABLE_ENTITY,
      CaseStudyErrorCode.Incomplete,
      `The case study is not complete yet: ${missing.map((detail) => detail.field).join(', ')}.`,
      missing,
    );
  }

  static revisionNotFound(id: string): CaseStudyException {
    return new CaseStudyException(HttpStatus.NOT_FOUND, CaseStudyErrorCode.RevisionNotFound, `No revision you may see has the id ${id}.`);
  }

  static notDeletable(status: CaseStudyStatus): CaseStudyException {
    return new CaseStudyException(
      HttpStatus.CONFLICT,
      CaseStudyErrorCode.InvalidTransition,
      'Only a draft that was never published and is not waiting for a moderator can be deleted by its town; archive a published case study instead.',
      [{ field: 'status', rule: 'wrong_state', reason: `is ${status}`, params: { state: status } }],
    );
  }
}
