import { HttpStatus } from '@nestjs/common';
import { CaseStudyErrorCode, type TranslationDecisionKind, type TranslationRevisionStatus } from '@twinning/contracts';
import { AppException } from '../common/errors/app.exception';

/** A translation revision's lifecycle, in one table like the case study's: a moderator decides once. */
const TRANSITIONS: Record<TranslationDecisionKind, Partial<Record<TranslationRevisionStatus, TranslationRevisionStatus>>> = {
  approve: { submitted: 'approved' },
  reject: { submitted: 'rejected' },
};

/** The status after `decision`, or a 409 naming the current status. */
export function nextTranslationStatus(current: TranslationRevisionStatus, decision: TranslationDecisionKind): TranslationRevisionStatus {
  const next = TRANSITIONS[decision][current];
  if (!next) {
    throw new AppException(HttpStatus.CONFLICT, CaseStudyErrorCode.AlreadyDecided, `Cannot ${decision} a translation that is ${current}.`, [{ field: 'status', rule: 'wrong_state', reason: `is ${current}`, params: { state: current } }]);
  }
  return next;
}
