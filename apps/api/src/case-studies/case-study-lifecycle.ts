import { HttpStatus } from '@nestjs/common';
import { CaseStudyErrorCode, type CaseStudyStatus, type ModerationDecisionKind } from '@twinning/contracts';
import { AppException } from '../common/errors/app.exception';

export type CaseStudyAction = 'edit' | 'submit' | ModerationDecisionKind | 'archive';

/**
 * The lifecycle, in one place: for each action, the statuses it may start from and where it
 * leads. Editing a published case study opens a new working copy (`draft`) while the published
 * revision stays public.
 */
const TRANSITIONS: Record<CaseStudyAction, Partial<Record<CaseStudyStatus, CaseStudyStatus>>> = {
  edit: { draft: 'draft', changes_requested: 'changes_requested', published: 'draft' },
  submit: { draft: 'submitted', changes_requested: 'submitted' },
  approve: { submitted: 'published' },
  request_changes: { submitted: 'changes_requested' },
  reject: { submitted: 'rejected' },
  archive: { published: 'archived' },
};

/**
 * The status after `action`, or a 409 naming the current status. A rejected revision of a case
 * study that is already published leaves it published: the public version stands.
 */
export function nextStatus(current: CaseStudyStatus, action: CaseStudyAction, hasPublishedRevision: boolean): CaseStudyStatus {
  const next = TRANSITIONS[action][current];
  if (!next) {
    throw new AppException(HttpStatus.CONFLICT, CaseStudyErrorCode.InvalidTransition, `Cannot ${action.replace('_', ' ')} a case study that is ${current.replace('_', ' ')}.`, [
      { field: 'status', rule: 'wrong_state', reason: `is ${current}`, params: { state: current } },
    ]);
  }
  return next === 'rejected' && hasPublishedRevision ? 'published' : next;
}

export function allowedActions(current: CaseStudyStatus): CaseStudyAction[] {
  return (Object.keys(TRANSITIONS) as CaseStudyAction[]).filter((action) => TRANSITIONS[action][current] !== undefined);
}
