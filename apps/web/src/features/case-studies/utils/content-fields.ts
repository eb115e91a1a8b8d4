import {
  CASE_STUDY_LIMITS,
  endsBeforeStart,
  findSdgTargetProblems,
  LONG_TEXT_FIELDS,
  OUTCOMES_NEEDING_FAILURE_ANALYSIS,
  sectionOf,
  type ApiErrorDetail,
  type CaseStudyContent,
  type Outcome,
  type TemplateSection,
} from '@twinning/contracts';
import { type TFunction } from 'i18next';
import { describeDetail } from '../../../common/utils/describe-error';
import { isSameValue } from '../../../common/utils/same-value';
import { isEmailAddress } from '../../auth/utils/account-validation';

/*
 * Fields of the template are named by the paths the API uses in its errors: `summary`,
 * `indicators[2].name`, `fundingSources[0].programmeName`, `failureCauses[1].note`.
 */


export type FieldProblems = Partial<Record<string, string>>;

/** A field as the form knows it: its path, and what to show for a problem with it. */
export interface FieldProblem {
  field: string;
  message: string;
}

export function needsFailureAnalysis(outcome: Outcome | null): boolean {
  return outcome !== null && OUTCOMES_NEEDING_FAILURE_ANALYSIS.includes(outcome);
}

/** The id of a field's input, so a list of problems can link to it. */
export function fieldId(path: string): string {
  return `case-study-${path.replace(/[[\].]+/g, '-').replace(/-$/, '')}`;
}

const ITEM_LABELS = {
  indicators: 'caseStudyForm.indicators.item',
  fundingSources: 'caseStudyForm.fundingSources.item',
  failureCauses: 'caseStudyForm.failureCauses.item',
} as const;

const ITEM_FIELD_LABELS = {
  indicators: {
    name: 'caseStudyForm.indicators.name',
    unit: 'caseStudyForm.indicators.unit',
    baseline: 'caseStudyForm.indicators.baseline',
    target: 'caseStudyForm.indicators.target',
    achieved: 'caseStudyForm.indicators.achieved',
    sdgTarget: 'caseStudyForm.indicators.sdgTarget',
    unIndicator: 'caseStudyForm.indicators.unIndicator',
  },
  fundingSources: {
    kind: 'caseStudyForm.fundingSources.kind',
    programmeId: 'caseStudyForm.fundingSources.programme',
    programmeName: 'caseStudyForm.fundingSources.programmeName',
    amount: 'caseStudyForm.fundingSources.amount',
  },
  failureCauses: {
    cause: 'caseStudyForm.failureCauses.cause',
    note: 'caseStudyForm.failureCauses.note',
  },
} as const;

type ListField = keyof typeof ITEM_LABELS;
type ItemFieldLabelKey = {
  [List in ListField]: (typeof ITEM_FIELD_LABELS)[List][keyof (typeof ITEM_FIELD_LABELS)[List]];
}[ListField];

function isListField(name: string): name is ListField {
  return name in ITEM_LABELS;
}

function isContentField(name: string): name is keyof CaseStudyContent {
  return sectionOf(name) !== undefined;
}

/** A field's label, in the current language: "Summary", "Indicator 3: Name". */
export function fieldLabel(path: string, t: TFunction): string {
  const match = /^(\w+)(?:\[(\d+)\](?:\.(\w+))?)?$/.exec(path);
  if (!match) return path;
  const [, name, index, subField] = match;
  if (index !== undefined && isListField(name)) {
    const item = t(ITEM_LABELS[name], { number: Number(index) + 1 });
    const labels: Partial<Record<string, ItemFieldLabelKey>> = ITEM_FIELD_LABELS[name];
    const key = subField === undefined ? undefined : labels[subField];
    return key ? t('caseStudyForm.itemField', { item, field: t(key) }) : item;
  }
  return isContentField(name) ? t(`caseStudyFields.${name}`) : path;
}

/** The step a field is on; `publishAnonymously` goes with the outcome. */
export function stepOf(path: string): TemplateSection {
  return sectionOf(path) ?? 'outcome';
}

/** Every path the API may name for this content, for matching its 400 details to the form. */
export function contentFieldPaths(content: CaseStudyContent): string[] {
  const paths: string[] = [...Object.keys(content), 'publishAnonymously'];
  for (const name of Object.keys(ITEM_LABELS) as ListField[]) {
    content[name].forEach((_, index) => {
      for (const subField of Object.keys(ITEM_FIELD_LABELS[name])) paths.push(`${name}[${index}].${subField}`);
    });
  }
  return paths;
}

/** Why `findIncompleteFields` (and the API's 422) named a field, in the reader's language. */
export function missingFieldMessage(detail: ApiErrorDetail, t: TFunction): string {
  if (detail.rule === 'end_before_start') return t('caseStudyForm.missing.endBeforeStart');
  if (detail.rule === 'needs_budget_amount') return t('caseStudyForm.missing.currencyWithBudget');
  if (detail.rule === 'too_few') return t('caseStudyForm.missing.atLeastOne');
  if (/^fundingSources\[\d+\]\.programmeName$/.test(detail.field)) return t('caseStudyForm.missing.programmeName');
  if (detail.rule === 'required') return t('caseStudyForm.missing.required');
  return describeDetail(detail, t);
}

/**
 * What the API would refuse at any save: too long, out of range, not an e-mail address. (Whether
 * the case study is complete is another question, asked only at submission.)
 */
export function findContentProblems(content: CaseStudyContent, t: TFunction): FieldProblems {
  const limits = CASE_STUDY_LIMITS;
  const problems: FieldProblems = {};
  const tooLong = (path: string, value: string | null, max: number) => {
    if (value !== null && value.length > max) problems[path] = t('forms.tooLong', { max });
  };
  const between = (path: string, value: number | null, min: number, max: number) => {
    if (value !== null && (value < min || value > max)) problems[path] = t('forms.between', { min, max });
  };

  tooLong('title', content.title, limits.titleMaxLength);
  tooLong('summary', content.summary, limits.summaryMaxLength);
  for (const field of LONG_TEXT_FIELDS) tooLong(field, content[field], limits.longTextMaxLength);
  for (const field of ['contactName', 'contactRole', 'contactEmail'] as const) {
    tooLong(field, content[field], limits.shortTextMaxLength);
  }
  const email = content.contactEmail.trim();
  if (email !== '' && !problems.contactEmail && !isEmailAddress(email)) problems.contactEmail = t('forms.invalidEmail');
  content.indicators.forEach((indicator, index) => {
    tooLong(`indicators[${index}].name`, indicator.name, limits.shortTextMaxLength);
    tooLong(`indicators[${index}].unit`, indicator.unit, CASE_STUDY_LIMITS.indicatorUnitMaxLength);
  });
  content.fundingSources.forEach((source, index) => {
    tooLong(`fundingSources[${index}].programmeName`, source.programmeName, limits.shortTextMaxLength);
    between(`fundingSources[${index}].amount`, source.amount, limits.minBudget, limits.maxBudget);
  });
  content.failureCauses.forEach((entry, index) => {
    tooLong(`failureCauses[${index}].note`, entry.note, limits.noteMaxLength);
  });
  between('budgetAmount', content.budgetAmount, limits.minBudget, limits.maxBudget);
  between('coFinancingPercent', content.coFinancingPercent, limits.minCoFinancingPercent, limits.maxCoFinancingPercent);
  if (endsBeforeStart(content)) problems.endDate = t('caseStudyForm.missing.endBeforeStart');
  for (const detail of findSdgTargetProblems(content)) problems[detail.field] ??= describeDetail(detail, t);
  return problems;
}

/** Goals, their targets and the indicators naming targets are checked together, so they are saved together. */
const SDG_TIED_FIELDS: readonly ContentField[] = ['sdgs', 'sdgTargets', 'indicators'];

type ContentField = keyof CaseStudyContent;

/**
 * The fields a save leaves out while a problem stays in them, so that everything else is saved:
 * a list goes whole (`indicators` for `indicators[2].name`), and dates in the wrong order go both,
 * since either one alone may be what has to change.
 */
export function heldBackFields(content: CaseStudyContent, problems: FieldProblems): Set<ContentField> {
  const held = new Set<ContentField>();
  for (const [path, message] of Object.entries(problems)) {
    const name = path.split(/[.[]/)[0];
    if (message && isContentField(name)) held.add(name);
  }
  if (endsBeforeStart(content)) held.add('startDate').add('endDate');
  if (SDG_TIED_FIELDS.some((name) => held.has(name))) for (const name of SDG_TIED_FIELDS) held.add(name);
  return held;
}

/** What the API refused at a save, with the content that save was made from. */
export interface Refusal {
  content: CaseStudyContent;
  fields: FieldProblems;
}

/** The API's objections to template fields only (others, such as publishAnonymously, stay with the form). */
export function contentFieldProblems(problems: FieldProblems): FieldProblems {
  return Object.fromEntries(Object.entries(problems).filter(([path]) => isContentField(path.split(/[.[]/)[0])));
}

/** The API's objections that still hold: the field has the value it refused, so sending it again is pointless. */
export function stillRefused(refusal: Refusal | null, content: CaseStudyContent): FieldProblems {
  if (!refusal) return {};
  return Object.fromEntries(
    Object.entries(refusal.fields).filter(([path]) => {
      const name = path.split(/[.[]/)[0];
      return isContentField(name) && isSameValue(content[name], refusal.content[name]);
    }),
  );
}

/** The fields of `content` that differ from what the server has, leaving out those held back. */
export function changedFields(
  content: CaseStudyContent,
  saved: CaseStudyContent,
  held: ReadonlySet<ContentField>,
): Partial<CaseStudyContent> {
  const changed: Partial<Record<ContentField, unknown>> = {};
  for (const name of Object.keys(content) as ContentField[]) {
    if (!held.has(name) && !isSameValue(content[name], saved[name])) changed[name] = content[name];
  }
  return changed as Partial<CaseStudyContent>;
}
