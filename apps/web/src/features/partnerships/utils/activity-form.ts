import { type Currency, PARTNERSHIP_ACTIVITY_LIMITS as LIMITS, type PartnershipActivity, type PartnershipActivityInput, type PartnershipActivityKind } from '@twinning/contracts';

/** What the activity form holds: text as typed, turned into a request by `toActivityInput`. */
export interface ActivityFormValues {
  kind: PartnershipActivityKind;
  title: string;
  description: string;
  startsOn: string;
  endsOn: string;
  isPublic: boolean;
  participantCount: number | null;
  /** Comma-separated, as typed. */
  participantRoles: string;
  learned: string;
  caseStudyIds: string[];
  fundingProgrammeId: string | null;
  fundingAmount: number | null;
  fundingCurrency: Currency | null;
}

export type ActivityFormField = Exclude<keyof ActivityFormValues, 'isPublic'>;
export type ActivityFormProblem = 'required' | 'endBeforeStart' | 'tooManyRoles' | 'currencyWithAmount';

export function emptyActivityForm(): ActivityFormValues {
  return {
    kind: 'study_visit',
    title: '',
    description: '',
    startsOn: '',
    endsOn: '',
    isPublic: true,
    participantCount: null,
    participantRoles: '',
    learned: '',
    caseStudyIds: [],
    fundingProgrammeId: null,
    fundingAmount: null,
    fundingCurrency: null,
  };
}

export function activityToForm(activity: PartnershipActivity): ActivityFormValues {
  return {
    kind: activity.kind,
    title: activity.title,
    description: activity.description,
    startsOn: activity.startsOn,
    endsOn: activity.endsOn ?? '',
    isPublic: activity.isPublic,
    participantCount: activity.participantCount,
    participantRoles: activity.participantRoles.join(', '),
    learned: activity.learned,
    caseStudyIds: activity.caseStudies.map((caseStudy) => caseStudy.id),
    fundingProgrammeId: activity.funding?.programme?.id ?? null,
    fundingAmount: activity.funding?.amount ?? null,
    fundingCurrency: activity.funding?.currency ?? null,
  };
}

const rolesOf = (typed: string) =>
  typed
    .split(',')
    .map((role) => role.trim())
    .filter(Boolean);

/** The form's own checks, the same rules the API applies. */
export function validateActivityForm(values: ActivityFormValues): Partial<Record<ActivityFormField, ActivityFormProblem>> {
  const problems: Partial<Record<ActivityFormField, ActivityFormProblem>> = {};
  if (!values.title.trim()) problems.title = 'required';
  if (!values.startsOn) problems.startsOn = 'required';
  if (values.startsOn && values.endsOn && values.endsOn < values.startsOn) problems.endsOn = 'endBeforeStart';
  if (rolesOf(values.participantRoles).length > LIMITS.participantRolesMax) problems.participantRoles = 'tooManyRoles';
  if (values.kind === 'joint_project' && (values.fundingAmount === null) !== (values.fundingCurrency === null)) problems.fundingCurrency = 'currencyWithAmount';
  return problems;
}

/** The body of a POST or a full PATCH; funding only for a joint project. */
export function toActivityInput(values: ActivityFormValues): PartnershipActivityInput {
  const jointProject = values.kind === 'joint_project';
  return {
    kind: values.kind,
    title: values.title.trim(),
    description: values.description.trim(),
    startsOn: values.startsOn,
    endsOn: values.endsOn || null,
    isPublic: values.isPublic,
    participantCount: values.participantCount,
    participantRoles: rolesOf(values.participantRoles),
    learned: values.learned.trim(),
    caseStudyIds: values.caseStudyIds,
    fundingProgrammeId: jointProject ? values.fundingProgrammeId : null,
    fundingAmount: jointProject ? values.fundingAmount : null,
    fundingCurrency: jointProject ? values.fundingCurrency : null,
  };
}
