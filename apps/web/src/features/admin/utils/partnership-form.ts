import {
  PARTNERSHIP_KINDS,
  PARTNERSHIP_LIMITS,
  PARTNERSHIP_STATUSES,
  type PartnershipKind,
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

export const PARTNERSHIP_FIELDS = ['first', 'second', 'kind', 'sinceYear', 'status', 'programme', 'fundingProgrammeId', 'fundingCallId', 'description', 'descriptionVariants', 'agreementSignedOn', 'agreementUrl', 'agreementText'] as const;
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
  kind: PartnershipKind;
  sinceYear: number | string;
  status: PartnershipStatus;
  programme: string;
  fundingProgrammeId: string | null;
  fundingCallId: string | null;
  description: string;
  descriptionVariants: Label;
  /** YYYY-MM-DD or empty. */
  agreementSignedOn: string;
  agreementUrl: string;
  agreementText: string;
}

export function emptyPartnershipForm(): PartnershipFormValues {
  return {
    first: null,
    second: null,
    kind: 'twinning',
    sinceYear: '',
    status: 'active',
    programme: '',
    fundingProgrammeId: null,
    fundingCallId: null,
    description: '',
    descriptionVariants: variantsToForm({}),
    agreementSignedOn: '',
    agreementUrl: '',
    agreementText: '',
  };
}

export function partnershipToForm(partnership: Partnership): PartnershipFormValues {
  const [first, second] = partnership.municipalities;
  return {
    first,
    second,
    kind: partnership.kind,
    sinceYear: partnership.sinceYear,
    status: partnership.status,
    programme: partnership.programme ?? '',
    fundingProgrammeId: partnership.fundingProgramme?.id ?? null,
    fundingCallId: partnership.fundingCall?.id ?? null,
    description: partnership.description,
    descriptionVariants: variantsToForm(partnership.descriptionVariants),
    agreementSignedOn: partnership.agreement.signedOn ?? '',
    agreementUrl: partnership.agreement.url ?? '',
    agreementText: partnership.agreement.text,
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
    kind: isOneOf(values.kind, PARTNERSHIP_KINDS) ? undefined : t('forms.required'),
    status: isOneOf(values.status, PARTNERSHIP_STATUSES) ? undefined : t('forms.required'),
    agreementUrl: values.agreementUrl.trim().length > PARTNERSHIP_LIMITS.agreementUrlMaxLength ? t('forms.tooLong', { max: PARTNERSHIP_LIMITS.agreementUrlMaxLength }) : undefined,
    agreementText: values.agreementText.trim().length > PARTNERSHIP_LIMITS.agreementTextMaxLength ? t('forms.tooLong', { max: PARTNERSHIP_LIMITS.agreementTextMaxLength }) : undefined,
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

const EDITED_FIELDS = ['kind', 'sinceYear', 'status', 'programme', 'fundingProgrammeId', 'fundingCallId', 'description', 'descriptionVariants', 'agreementSignedOn', 'agreementUrl', 'agreementText'] as const;

/** The fields the form edits. */
function toPartnershipFields(values: PartnershipFormValues): Required<Pick<PartnershipUpdate, (typeof EDITED_FIELDS)[number]>> {
  return {
    kind: values.kind,
    agreementSignedOn: values.agreementSignedOn || null,
    agreementUrl: values.agreementUrl.trim() || null,
    agreementText: values.agreementText.trim(),
    sinceYear: Number(values.sinceYear),
    status: values.status,
    programme: values.programme.trim() || null,
    fundingProgrammeId: values.fundingProgrammeId,
    fundingCallId: values.fundingCallId,
    description: values.description.trim(),
    descriptionVariants: variantsFromForm(values.descriptionVariants),
  };
}

/** The body of a PATCH: only what changed (the pair itself cannot change). */
export function changedPartnershipFields(before: Partnership, values: PartnershipFormValues): PartnershipUpdate {
  const after = toPartnershipFields(values);
  const current = {
    ...before,
    fundingProgrammeId: before.fundingProgramme?.id ?? null,
    fundingCallId: before.fundingCall?.id ?? null,
    agreementSignedOn: before.agreement.signedOn,
    agreementUrl: before.agreement.url,
    agreementText: before.agreement.text,
  };
  const changes: Record<string, unknown> = {};
  for (const field of EDITED_FIELDS) {
    // Compared as JSON: the description's variants are an object.
    if (JSON.stringify(current[field]) !== JSON.stringify(after[field])) changes[field] = after[field];
  }
  return changes as PartnershipUpdate;
}
