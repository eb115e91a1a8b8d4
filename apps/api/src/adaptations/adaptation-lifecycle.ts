import { HttpStatus } from '@nestjs/common';
import { ADAPTATION_CHECK_IN_STATUSES, AdaptationErrorCode, type AdaptationStatus } from '@twinning/contracts';
import { AppException } from '../common/errors/app.exception';

export function assertAdaptationTransition(current: AdaptationStatus, next: AdaptationStatus): void {
  if (!ADAPTATION_CHECK_IN_STATUSES[current].includes(next)) {
    throw new AppException(HttpStatus.CONFLICT, AdaptationErrorCode.InvalidTransition, `An adaptation that is ${current} cannot move to ${next}.`, [
      { field: 'status', rule: 'wrong_state', reason: `is ${current}`, params: { state: current } },
    ]);
  }
}
