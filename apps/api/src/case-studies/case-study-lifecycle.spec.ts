import { CASE_STUDY_STATUSES, type CaseStudyStatus } from '@twinning/contracts';
import { AppException } from '../common/errors/app.exception';
import { allowedActions, type CaseStudyAction, nextStatus } from './case-study-lifecycle';

const EXPECTED: Record<CaseStudyStatus, Partial<Record<CaseStudyAction, CaseStudyStatus>>> = {
  draft: { edit: 'draft', submit: 'submitted' },
  submitted: { approve: 'published', request_changes: 'changes_requested', reject: 'rejected' },
  changes_requested: { edit: 'changes_requested', submit: 'submitted' },
  published: { edit: 'draft', archive: 'archived' },
  rejected: {},
  archived: {},
};
const ACTIONS: CaseStudyAction[] = ['edit', 'submit', 'approve', 'request_changes', 'reject', 'archive'];

describe('the case study lifecycle', () => {
  describe.each(CASE_STUDY_STATUSES)('from %s', (status) => {
    it.each(ACTIONS)('%s is allowed exactly as the lifecycle says', (action) => {
      const expected = EXPECTED[status][action];
      if (expected) {
        expect(nextStatus(status, action, false)).toBe(expected);
      } else {
        expect(() => nextStatus(status, action, false)).toThrow(AppException);
        try {
          nextStatus(status, action, false);
        } catch (error) {
          expect(error).toMatchObject({ status: 409, code: 'invalid_transition', details: [{ field: 'status', rule: 'wrong_state', reason: `is ${status}`, params: { state: status } }] });
        }
      }
    });
  });

  it('keeps a published case study published when a new revision of it is rejected', () => {
    expect(nextStatus('submitted', 'reject', true)).toBe('published');
    expect(nextStatus('submitted', 'reject', false)).toBe('rejected');
  });

  it('lists the actions a status allows', () => {
    expect(allowedActions('submitted')).toEqual(['approve', 'request_changes', 'reject']);
    expect(allowedActions('rejected')).toEqual([]);
  });
});
