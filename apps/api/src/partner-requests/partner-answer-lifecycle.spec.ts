import { PARTNER_ANSWER_STATUSES, type PartnerAnswerStatus } from '@twinning/contracts';
import { assertPartnerAnswerTransition } from './partner-answer-lifecycle';

const ALLOWED: Record<PartnerAnswerStatus, PartnerAnswerStatus[]> = {
  interested: ['shortlisted', 'accepted'],
  shortlisted: ['accepted'],
  accepted: ['confirmed'],
  confirmed: [],
};

describe('the partner answer lifecycle', () => {
  describe.each(PARTNER_ANSWER_STATUSES)('from %s', (current) => {
    it.each(PARTNER_ANSWER_STATUSES)('to %s is allowed exactly as the lifecycle says', (next) => {
      if (ALLOWED[current].includes(next)) {
        expect(() => assertPartnerAnswerTransition(current, next)).not.toThrow();
      } else {
        expect(() => assertPartnerAnswerTransition(current, next)).toThrow(expect.objectContaining({ status: 409, code: 'invalid_partner_answer_transition' }));
      }
    });
  });
});
