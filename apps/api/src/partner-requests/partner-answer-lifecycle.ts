import { HttpStatus } from '@nestjs/common';
import { PARTNER_ANSWER_TRANSITIONS, type PartnerAnswerStatus, PartnerRequestErrorCode } from '@twinning/contracts';
import { AppException } from '../common/errors/app.exception';

/** Refuses a move the answer's lifecycle (PARTNER_ANSWER_TRANSITIONS) does not allow: a 409 with the current state. */
export function assertPartnerAnswerTransition(current: PartnerAnswerStatus, next: PartnerAnswerStatus): void {
  if (!PARTNER_ANSWER_TRANSITIONS[current].includes(next)) {
    throw new AppException(HttpStatus.CONFLICT, PartnerRequestErrorCode.InvalidTransition, `An answer that is ${current} cannot become ${next}.`, [
      { field: 'status', rule: 'wrong_state', reason: `is ${current}`, params: { state: current } },
    ]);
  }
}
