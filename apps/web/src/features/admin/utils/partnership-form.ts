import {
  PARTNERSHIP_LIMITS,
  PARTNERSHIP_STATUSES,
  type MunicipalitySummary,
  type Partnership,
  type PartnershipInput,
  type PartnershipStatus,
  type PartnershipUpdate,
  type Label,
} from '@twinning/contracts';
import { type TFunction } from 'i18next';
import { type FieldErrors } from '../../../common/utils/field-errors';
import { isOneOf } from '../../../common/utils/is-one-of';
import { variantsError, variantsFromForm, variantsToForm } from './text-variants';


/** "Kadıköy – Köln": how buttons, notices and dialogs name a twinning. */
export function partnershipPairName(partnership: Partnership, t: TFunction): string {
  const [first, second] = partnership.municipalities;
  return t('adminPartnerships.pairName', { first: first.nameLocal, second: second.nameLocal });
}

export const PARTNERSHIP_FIELDS = ['first', 'second', 'sinceYear', 'status', 'programme', 'description', 'descriptionVariants'] as const;
export type PartnershipField = (typeof PARTNERSHIP_FIELDS)[number];

/** The API names the pair `municipalityIds`; the form shows it as two pickers. */
export const PARTNERSHIP_FIELD_ALIASES: Readonly<Record<string, PartnershipField>> = {
  municipalityIds: 'first',
  'municipalityIds.0': 'first',
  'municipalityIds.1': 'second',
};

export interface PartnershipFormValues {
  first: MunicipalitySummary | null;
  second: MunicipalitySummary | null;
  sinceYear: number | string;
  status: PartnershipStatus;
  programme: string;
  description: string;
  descriptionVariants: Label;
}

export function emptyPartnershipForm(): PartnershipFormValues {
  return { first: null, second: null, sinceYear: '', status: 'active', programme: '', description: '', descriptionVariants: variantsToForm({}) };
}

export function partnershipToForm(partnership: Partnership): PartnershipFormValues {
  const [first, second] = partnership.municipalities;
  return {
    first,
    second,
    sinceYear: partnership.sinceYear,
    status: partnership.status,
    programme: partnership.programme ?? '',
    description: partnership.description,
    descriptionVariants: variantsToForm(partnership.descriptionVariants),
  };
}

export function validatePartnershipForm(values: PartnershipFormValues, t: TFunction): FieldErrors<PartnershipField> {
  const { yearMin, yearMax, programmeMaxLength, descriptionMaxLength } = PARTNERSHIP_LIMITS;
  const year = Number(values.sinceYear);
  return {
    first: values.first ? undefined : t('forms.required'),
    second: !values.second
      ? t('forms.required')
      : values.first && values.first.id === values.second.id
        ? t('adminPartnerships.form.sameTown')
        : undefined,
    sinceYear:
      values.sinceYear === ''
        ? t('forms.required')
        : !Number.isInteger(year)
          ? t('forms.integer')
          : year < yearMin || year > yearMax
            ? t('forms.between', { min: yearMin, max: yearMax })
            : undefined,
    status: isOneOf(values.status, PARTNERSHIP_STATUSES) ? undefined : t('forms.required'),
    programme:
      values.programme.trim().length > programmeMaxLength ? t('forms.tooLong', { max: programmeMaxLength }) : undefined,
    description:
      values.description.trim().length > descriptionMaxLength
        ? t('forms.tooLong', { max: descriptionMaxLength })
        : undefined,
    descriptionVariants: variantsError(values.descriptionVariants, descriptionMaxLength, t),
  };
}

/** The body of a POST, from values that passed `validatePartnershipForm` (so both towns are chosen). */
export function toPartnershipInput(values: PartnershipFormValues): PartnershipInput {
  return {
    municipalityIds: [values.first?.id ?? '', values.second?.id ?? ''],
    ...toPartnershipFields(values),
  };
}

/** The fields the form edits; kind, funding and agreement keep what they were (a new one: twinning, none). */
function toPartnershipFields(values: PartnershipFormValues): Required<Pick<PartnershipUpdate, 'sinceYear' | 'status' | 'programme' | 'description' | 'descriptionVariants'>> {
  return {
    sinceYear: Number(values.sinceYear),
    status: values.status,
    programme: values.programme.trim() || null,
    description: values.description.trim(),
    descriptionVariants: variantsFromForm(values.descriptionVariants),
  };
}

/** The body of a PATCH: only what changed (the pair itself cannot change). */
export function changedPartnershipFields(before: Partnership, values: PartnershipFormValues): PartnershipUpdate {
  const after = toPartnershipFields(values);
  const changes: Record<string, unknown> = {};
  for (const field of ['sinceYear', 'status', 'programme', 'description', 'descriptionVariants'] as const) {
    // Compared as JSON: the description's variants are an object.
    if (JSON.stringify(before[field]) !== JSON.stringify(after[field])) changes[field] = after[field];
  }
  return changes as PartnershipUpdate;
}
