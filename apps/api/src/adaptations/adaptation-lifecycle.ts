import { HttpStatus } from '@nestjs/common';
import { AdaptationErrorCode, type AdaptationStatus } from '@twinning/contracts';
import { AppException } from '../common/errors/app.exception';

/**
 * What a check-in may record after each status: the same status (a progress note), the next
 * step, or discontinuing. Implemented and discontinued are final.
 */
const NEXT: Record<AdaptationStatus, readonly AdaptationStatus[]> = {
  exploring: ['exploring', 'planning', 'discontinued'],
  planning: ['planning', 'piloting', 'discontinued'],
  piloting: ['piloting', 'implemented', 'discontinued'],
  implemented: [],
  discontinued: [],
};

export function assertAdaptationTransition(current: AdaptationStatus, next: AdaptationStatus): void {
  if (!NEXT[current].includes(next)) {
    throw new AppException(HttpStatus.CONFLICT, AdaptationErrorCode.InvalidTransition, `An adaptation that is ${current} cannot move to ${next}.`, [
      { field: 'status', reason: `is ${current}` },
    ]);
  }
}
