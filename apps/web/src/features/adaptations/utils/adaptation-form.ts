import {
  ADAPTATION_LIMITS,
  type AdaptationStatus,
  type CheckInRequest,
  type StartAdaptationRequest,
} from '@twinning/contracts';
import { type TFunction } from 'i18next';
import { type FieldErrors } from '../../../common/utils/field-errors';

export const START_ADAPTATION_FIELDS = ['localContext', 'changes', 'plannedSteps'] as const;
export type StartAdaptationField = (typeof START_ADAPTATION_FIELDS)[number];

export function emptyStartAdaptationForm(): StartAdaptationRequest {
  return { localContext: '', changes: '', plannedSteps: '' };
}

/** The API's rules: the local context and the changes are required; each text has the same maximum. */
export function validateStartAdaptationForm(values: StartAdaptationRequest, t: TFunction): FieldErrors<StartAdaptationField> {
  const check = (value: string, required: boolean) =>
    required && !value.trim()
      ? t('forms.required')
      : value.trim().length > ADAPTATION_LIMITS.textMaxLength
        ? t('forms.tooLong', { max: ADAPTATION_LIMITS.textMaxLength })
        : undefined;
  return {
    localContext: check(values.localContext, true),
    changes: check(values.changes, true),
    plannedSteps: check(values.plannedSteps, false),
  };
}

export function toStartAdaptationRequest(values: StartAdaptationRequest): StartAdaptationRequest {
  return { localContext: values.localContext.trim(), changes: values.changes.trim(), plannedSteps: values.plannedSteps.trim() };
}

export const CHECK_IN_FIELDS = ['status', 'note', 'results'] as const;
export type CheckInField = (typeof CHECK_IN_FIELDS)[number];

export interface CheckInFormValues {
  status: AdaptationStatus;
  note: string;
  results: string;
}

/** A note (the reason, when discontinuing) is required; the results may wait. */
export function validateCheckInForm(values: CheckInFormValues, t: TFunction): FieldErrors<CheckInField> {
  const tooLong = (value: string) =>
    value.trim().length > ADAPTATION_LIMITS.noteMaxLength ? t('forms.tooLong', { max: ADAPTATION_LIMITS.noteMaxLength }) : undefined;
  return {
    note: values.note.trim() ? tooLong(values.note) : t('forms.required'),
    results: tooLong(values.results),
  };
}

export function toCheckInRequest(values: CheckInFormValues): CheckInRequest {
  return { status: values.status, note: values.note.trim(), results: values.results.trim() };
}
