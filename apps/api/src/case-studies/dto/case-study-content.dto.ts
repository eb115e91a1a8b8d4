import {
  type ApiErrorDetail,
  CASE_STUDY_LANGUAGES,
  CASE_STUDY_LIMITS as LIMITS,
  type CaseStudyContent,
  type CaseStudyLanguage,
  emptyCaseStudyContent,
  END_BEFORE_START_REASON,
  endsBeforeStart,
  CURRENCIES,
  type Currency,
  FAILURE_CAUSES,
  findSdgTargetProblems,
  FAILURE_STAGES,
  type FailureCause,
  CONTINUED_AFTER_FUNDING,
  type ContinuedAfterFunding,
  type FailureCauseEntry,
  type FailureStage,
  FUNDING_SOURCE_KINDS,
  type FundingSource,
  type FundingSourceKind,
  type Indicator,
  OUTCOMES,
  type Outcome,
  SDG_NUMBERS,
  SDG_TARGET_NUMBERS,
  type Theme,
  THEMES,
} from '@twinning/contracts';
import { plainToInstance, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsEmail,
  IsIn,
  IsNumber,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  validate,
  ValidateIf,
  ValidateNested,
  type ValidationError,
} from 'class-validator';
import { constraintDetails } from '../../common/errors/validation.exception';

const nullable = () => ValidateIf((_, value) => value !== null);
const oneOf = (values: readonly (string | number)[]) => IsIn(values, { message: `must be one of ${values.join(', ')}` });
const finite = () => IsNumber({ allowNaN: false, allowInfinity: false });
const longText = () => MaxLength(LIMITS.longTextMaxLength);
/** Longer than any UN indicator code ("17.19.2"): its form is checked with the target (findSdgTargetProblems). */
const UN_INDICATOR_MAX_LENGTH = 20;
const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

class IndicatorDto implements Indicator {
  @IsString() @MaxLength(LIMITS.shortTextMaxLength) name: string;
  @IsString() @MaxLength(LIMITS.indicatorUnitMaxLength) unit: string;
  @nullable() @finite() baseline: number | null;
  @nullable() @finite() target: number | null;
  @nullable() @finite() achieved: number | null;
  @nullable() @IsIn(SDG_TARGET_NUMBERS, { message: 'must be an SDG target number such as 11.6 or 6.a' }) sdgTarget: string | null;
  @nullable() @IsString() @MaxLength(UN_INDICATOR_MAX_LENGTH) unIndicator: string | null;
}

class FailureCauseDto implements FailureCauseEntry {
  @oneOf(FAILURE_CAUSES) cause: FailureCause;
  @IsString() @MaxLength(LIMITS.noteMaxLength) note: string;
}

class FundingSourceDto implements FundingSource {
  @oneOf(FUNDING_SOURCE_KINDS) kind: FundingSourceKind;
  @nullable() @IsUUID('all', { message: 'must be a funding programme id (UUID)' }) programmeId: string | null;
  @nullable() @IsString() @MaxLength(LIMITS.shortTextMaxLength) programmeName: string | null;
  @nullable() @finite() @Min(LIMITS.minBudget) @Max(LIMITS.maxBudget) amount: number | null;
}

/**
 * The types and lengths of every template field, checked for the fields a save writes and for
 * all of them at submission. Whether it is complete
 * is another question, asked at submission (findIncompleteFields).
 */
export class CaseStudyContentDto implements CaseStudyContent {
  @IsString() @MaxLength(LIMITS.titleMaxLength) title: string;
  @IsString() @MaxLength(LIMITS.summaryMaxLength) summary: string;
  @nullable() @oneOf(CASE_STUDY_LANGUAGES) language: CaseStudyLanguage | null;
  @IsArray() @ArrayMaxSize(LIMITS.maxPartners) @ArrayUnique() @IsUUID('all', { each: true, message: 'must hold UUIDs' }) partnerMunicipalityIds: string[];
  @nullable() @oneOf(OUTCOMES) outcome: Outcome | null;
  @IsString() @longText() context: string;
  @IsString() @longText() whatWasDone: string;
  @IsString() @longText() results: string;
  @IsArray() @ArrayMaxSize(LIMITS.maxIndicators) @ValidateNested({ each: true }) @Type(() => IndicatorDto) indicators: Indicator[];
  @IsString() @longText() whatWorked: string;
  @IsString() @longText() whatDidNotWork: string;
  @IsString() @longText() whatWeWouldDoDifferently: string;
  @IsArray() @ArrayMaxSize(LIMITS.maxFailureCauses) @ValidateNested({ each: true }) @Type(() => FailureCauseDto) failureCauses: FailureCauseEntry[];
  @nullable() @oneOf(FAILURE_STAGES) failureStage: FailureStage | null;
  @IsString() @longText() salvaged: string;
  @IsString() @longText() preconditions: string;
  @IsString() @longText() tipsForAdopters: string;
  @nullable() @finite() @Min(LIMITS.minBudget) @Max(LIMITS.maxBudget) budgetAmount: number | null;
  @nullable() @oneOf(CURRENCIES) budgetCurrency: Currency | null;
  @IsArray() @ArrayMaxSize(LIMITS.maxFundingSources) @ValidateNested({ each: true }) @Type(() => FundingSourceDto) fundingSources: FundingSource[];
  @nullable() @finite() @Min(LIMITS.minCoFinancingPercent) @Max(LIMITS.maxCoFinancingPercent) coFinancingPercent: number | null;
  @IsString() @longText() afterFunding: string;
  @nullable() @oneOf(CONTINUED_AFTER_FUNDING) continuedAfterFunding: ContinuedAfterFunding | null;
  @IsString() @longText() staffAndTime: string;
  @nullable() @Matches(DATE, { message: 'must be a date written YYYY-MM-DD' }) startDate: string | null;
  @nullable() @Matches(DATE, { message: 'must be a date written YYYY-MM-DD' }) endDate: string | null;
  @IsArray() @ArrayUnique() @IsIn(SDG_NUMBERS, { each: true, message: 'must hold SDG numbers from 1 to 17' }) sdgs: number[];
  @IsArray() @ArrayUnique() @IsIn(SDG_TARGET_NUMBERS, { each: true, message: 'must hold SDG target numbers such as 11.6 or 6.a' }) sdgTargets: string[];
  @IsArray() @ArrayUnique() @IsIn(THEMES, { each: true, message: `must hold themes from ${THEMES.join(', ')}` }) themes: Theme[];
  @IsString() @MaxLength(LIMITS.shortTextMaxLength) contactName: string;
  @IsString() @MaxLength(LIMITS.shortTextMaxLength) contactRole: string;
  @ValidateIf((_, value) => value !== '') @IsEmail({}, { message: 'must be an e-mail address' }) @MaxLength(LIMITS.shortTextMaxLength) contactEmail: string;
}

const CONTENT_FIELDS = new Set(Object.keys(emptyCaseStudyContent()));

/**
 * Checks a whole content object; returns one detail per problem, with paths such as
 * `summary` or `indicators[2].name`. Fields the template does not have are refused too.
 */
export async function findContentProblems(content: CaseStudyContent): Promise<ApiErrorDetail[]> {
  const details: ApiErrorDetail[] = Object.keys(content)
    .filter((key) => !CONTENT_FIELDS.has(key))
    .map((field) => ({ field, rule: 'unknown_field', reason: 'is not a field of the case study template' }));
  const walk = (errors: ValidationError[], path: string) => {
    for (const error of errors) {
      const field = /^\d+$/.test(error.property) ? `${path}[${error.property}]` : path ? `${path}.${error.property}` : error.property;
      if (!path && !CONTENT_FIELDS.has(error.property)) continue; // reported above
      details.push(...constraintDetails(error, field));
      walk(error.children ?? [], field);
    }
  };
  walk(await validate(plainToInstance(CaseStudyContentDto, content), { whitelist: true, forbidNonWhitelisted: true }), '');
  // Checked at every save, not only at submission, so a draft never holds a timeline that ends first.
  if (!details.some((detail) => detail.field === 'startDate' || detail.field === 'endDate') && endsBeforeStart(content)) {
    details.push({ field: 'endDate', rule: 'end_before_start', reason: END_BEFORE_START_REASON });
  }
  // Likewise for targets and their goals, once the fields they tie together are well formed.
  if (!details.some((detail) => /^(sdgs|sdgTargets|indicators)\b/.test(detail.field))) details.push(...findSdgTargetProblems(content));
  return details;
}
