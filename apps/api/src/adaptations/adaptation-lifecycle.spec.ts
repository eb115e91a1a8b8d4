import { ADAPTATION_STATUSES, type AdaptationStatus } from '@twinning/contracts';
import { assertAdaptationTransition } from './adaptation-lifecycle';

const ALLOWED: Record<AdaptationStatus, AdaptationStatus[]> = {
  exploring: ['exploring', 'planning', 'discontinued'],
  planning: ['planning', 'piloting', 'discontinued'],
  piloting: ['piloting', 'implemented', 'discontinued'],
  implemented: [],
  discontinued: [],
};

describe('the adaptation lifecycle', () => {
  describe.each(ADAPTATION_STATUSES)('from %s', (current) => {
    it.each(ADAPTATION_STATUSES)('to %s is allowed exactly as the lifecycle says', (next) => {
      if (ALLOWED[current].includes(next)) {
        expect(() => assertAdaptationTransition(current, next)).not.toThrow();
      } else {
        expect(() => assertAdaptationTransition(current, next)).toThrow(expect.objectContaining({ status: 409, code: 'invalid_adaptation_transition' }));
      }
    });
  });
});
