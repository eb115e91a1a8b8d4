import { PARTNER_REQUEST_LIMITS, type PartnerRequestInput } from '@twinning/contracts';
import { type TFunction } from 'i18next';
import { type FieldErrors } from '../../../common/utils/field-errors';

/** What the post form holds: the request as typed; the SDG picker gives its numbers as text. */
export type PartnerRequestForm = Omit<PartnerRequestInput, 'sdgs'> & { sdgs: string[] };

export const PARTNER_REQUEST_FIELDS = ['title', 'description', 'themes', 'sdgs', 'fundingProgrammeId', 'fundingCallId', 'deadline', 'offers', 'seeks', 'languages', 'partnerCountries', 'partnerPopulationBands'] as const satisfies readonly (keyof PartnerRequestForm)[];
export type PartnerRequestField = (typeof PARTNER_REQUEST_FIELDS)[number];

export function emptyPartnerRequestForm(): PartnerRequestForm {
  return { title: '', description: '', themes: [], sdgs: [], fundingProgrammeId: null, fundingCallId: null, deadline: '', offers: '', seeks: '', languages: [], partnerCountries: [], partnerPopulationBands: [] };
}

export function toPartnerRequestInput(form: PartnerRequestForm): PartnerRequestInput {
  return { ...form, title: form.title.trim(), description: form.description.trim(), offers: form.offers.trim(), seeks: form.seeks.trim(), sdgs: form.sdgs.map(Number) };
}

/** The form's own checks, before the API's: required fields and the limits the API applies. */
export function validatePartnerRequestForm(form: PartnerRequestForm, t: TFunction, today: string): FieldErrors<PartnerRequestField> {
  const errors: FieldErrors<PartnerRequestField> = {};
  const required = t('forms.required');
  for (const field of ['title', 'description', 'offers', 'seeks'] as const) if (!form[field].trim()) errors[field] = required;
  if (form.title.length > PARTNER_REQUEST_LIMITS.titleMaxLength) errors.title = t('forms.tooLong', { max: PARTNER_REQUEST_LIMITS.titleMaxLength });
  if (form.themes.length === 0) errors.themes = t('apiRules.too_few', { min: 1 });
  if (form.languages.length === 0) errors.languages = t('apiRules.too_few', { min: 1 });
  if (!form.deadline) errors.deadline = required;
  else if (form.deadline < today) errors.deadline = t('apiRules.in_the_past');
  return errors;
}

/** Where this browser keeps what one account typed, so a reload or an error loses none of it. */
const draftKey = (accountId: string) => `twinning.partnerRequestDraft.${accountId}`;

// Storage can be full or switched off: a draft that cannot be kept or read is treated as absent.

export function readPartnerRequestDraft(accountId: string): PartnerRequestForm | null {
  try {
    const stored = window.localStorage.getItem(draftKey(accountId));
    const parsed = stored ? (JSON.parse(stored) as Partial<PartnerRequestForm>) : null;
    return parsed && typeof parsed === 'object' ? { ...emptyPartnerRequestForm(), ...parsed } : null;
  } catch {
    return null;
  }
}

export function writePartnerRequestDraft(accountId: string, form: PartnerRequestForm): void {
  try {
    window.localStorage.setItem(draftKey(accountId), JSON.stringify(form));
  } catch {
    // The form still holds it until the page is left.
  }
}

export function removePartnerRequestDraft(accountId: string): void {
  try {
    window.localStorage.removeItem(draftKey(accountId));
  } catch {
    // It could not have been written either.
  }
}
