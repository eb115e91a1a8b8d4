import { HttpStatus } from '@nestjs/common';
import { TranslationErrorCode } from '@twinning/contracts';
import { AppException } from '../common/errors/app.exception';

export class TranslationException extends AppException {
  static notPublished(): TranslationException {
    return new TranslationException(HttpStatus.CONFLICT, TranslationErrorCode.NotTranslatable, 'Only a published case study is translated.', [{ field: 'status', rule: 'not_published', reason: 'is not published' }]);
  }

  static originalLanguage(language: string): TranslationException {
    return new TranslationException(HttpStatus.CONFLICT, TranslationErrorCode.NotTranslatable, `The case study is written in ${language}: that is its original.`, [{ field: 'language', rule: 'original_language', reason: 'is the original language' }]);
  }

  static alreadyWaiting(): TranslationException {
    return new TranslationException(HttpStatus.CONFLICT, TranslationErrorCode.AlreadyWaiting, 'A revision of this translation is waiting for a moderator; send the next one after the decision.');
  }

  static alreadyTranslated(language: string): TranslationException {
    return new TranslationException(HttpStatus.CONFLICT, TranslationErrorCode.AlreadyTranslated, `An up-to-date translation into ${language} is already published.`, [{ field: 'language', rule: 'already_translated', reason: 'has a translation' }]);
  }

  static revisionNotFound(id: string): TranslationException {
    return new TranslationException(HttpStatus.NOT_FOUND, TranslationErrorCode.RevisionNotFound, `No translation revision you may see has the id ${id}.`);
  }
}
