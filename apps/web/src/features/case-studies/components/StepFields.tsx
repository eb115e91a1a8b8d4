import {
  Alert,
  Grid,
  MultiSelect,
  Paper,
  Radio,
  Select,
  Stack,
  Switch,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import {
  CASE_STUDY_LANGUAGES,
  COUNTRY_LANGUAGES,
  CASE_STUDY_LIMITS,
  CURRENCIES,
  FAILURE_CAUSE_LABELS,
  FAILURE_CAUSES,
  FAILURE_STAGE_LABELS,
  FAILURE_STAGES,
  CONTINUED_AFTER_FUNDING,
  CONTINUED_AFTER_FUNDING_LABELS,
  OUTCOME_LABELS,
  OUTCOMES,
  SDG_TARGETS,
  SDGS,
  findSdgTarget,
  sdgGoalOfTarget,
  THEME_LABELS,
  THEMES,
  type CaseStudyContent,
  type FailureCauseEntry,
  type FundingSource,
  type Indicator,
  type MunicipalitySummary,
  type TemplateSection,
  type LongTextField,
  FUNDING_SOURCE_KIND_LABELS,
  FUNDING_SOURCE_KINDS,
} from '@twinning/contracts';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { CharacterCount } from '../../../common/components/CharacterCount';
import { DateField } from '../../../common/components/DateField';
import { NumberField } from '../../../common/components/NumberField';
import { isOneOf } from '../../../common/utils/is-one-of';
import { useFormatters } from '../../../i18n';
import {
  fieldId,
  needsFailureAnalysis,
  type FieldProblems,
} from '../utils/content-fields';
import { FundingSourceFields } from './FundingSourceFields';
import { MarkdownField } from './MarkdownField';
import { PartnerTownsField } from './PartnerTownsField';
import { RepeatableRows } from './RepeatableRows';
import { choosingGoals, choosingTargetsOf } from '../utils/sdg-target-choice';

export interface StepFieldsProps {
  step: TemplateSection;
  content: CaseStudyContent;
  problems: FieldProblems;
  onChange: (patch: Partial<CaseStudyContent>) => void;
  publishAnonymously: boolean;
  onPublishAnonymouslyChange: (value: boolean) => void;
  partners: MunicipalitySummary[];
  /** The town the case study belongs to: not offered as its own partner; its country's languages head the language list. */
  ownMunicipality: MunicipalitySummary | null;
  onPartnerPicked: (town: MunicipalitySummary) => void;
}

const LIMITS = CASE_STUDY_LIMITS;

/** The fields of one step of the form, each with the control its type needs. */
export function StepFields(props: StepFieldsProps) {
  const { step, content, problems, onChange } = props;
  const { t, i18n } = useTranslation();
  const { labelOf, languageName, compareText } = useFormatters();
  const country = props.ownMunicipality?.country;
  const field = (path: string) => ({ id: fieldId(path), error: problems[path] });
  const counted = (value: string, max: number, hint?: string) => (
    <CharacterCount value={value} max={max}>
      {hint}
    </CharacterCount>
  );
  const targetLabel = (number: string) => {
    const target = findSdgTarget(number);
    return target ? `${number} · ${labelOf(target.label)}` : number;
  };
  const markdown = (name: LongTextField, required = true) => (
    <MarkdownField
      path={name}
      label={t(`caseStudyFields.${name}`)}
      hint={t(`caseStudyForm.hints.${name}`)}
      required={required}
      value={content[name]}
      onChange={(value) => onChange({ [name]: value })}
      error={problems[name]}
    />
  );
  // The likely languages first: the interface's, then the town's country's; then the rest by name.
  const languageOptions = useMemo(() => {
    const likely = [i18n.language, ...(country ? (COUNTRY_LANGUAGES[country] ?? []) : [])];
    const rank = (code: string) => (likely.includes(code) ? likely.indexOf(code) : likely.length);
    return CASE_STUDY_LANGUAGES.map((code) => ({ value: code, label: languageName(code) })).sort(
      (a, b) => rank(a.value) - rank(b.value) || compareText(a.label, b.label),
    );
  }, [i18n.language, country, languageName, compareText]);
  const causeOptions = FAILURE_CAUSES.map((cause) => ({ value: cause, label: labelOf(FAILURE_CAUSE_LABELS[cause]) }));
  const fundingKindOptions = FUNDING_SOURCE_KINDS.map((kind) => ({
    value: kind,
    label: labelOf(FUNDING_SOURCE_KIND_LABELS[kind]),
  }));

  switch (step) {
    case 'identity':
      return (
        <Stack gap="md">
          <TextInput
            label={t('caseStudyFields.title')}
            description={counted(content.title, LIMITS.titleMaxLength, t('caseStudyForm.hints.title'))}
            required
            value={content.title}
            onChange={(event) => onChange({ title: event.currentTarget.value })}
            {...field('title')}
          />
          <Textarea
            label={t('caseStudyFields.summary')}
            description={counted(content.summary, LIMITS.summaryMaxLength, t('caseStudyForm.summaryHint', { max: LIMITS.summaryMaxLength }))}
            required
            autosize
            minRows={3}
            value={content.summary}
            onChange={(event) => onChange({ summary: event.currentTarget.value })}
            {...field('summary')}
          />
          <Select
            label={t('caseStudyFields.language')}
            description={t('caseStudyForm.hints.language')}
            required
            searchable
            data={languageOptions}
            value={content.language}
            onChange={(value) => onChange({ language: isOneOf(value, CASE_STUDY_LANGUAGES) ? value : null })}
            nothingFoundMessage={t('caseStudyForm.noLanguage')}
            {...field('language')}
          />
          <PartnerTownsField
            ids={content.partnerMunicipalityIds}
            towns={props.partners}
            ownMunicipalityId={props.ownMunicipality?.id}
            onAdd={(town) => {
              props.onPartnerPicked(town);
              onChange({ partnerMunicipalityIds: [...content.partnerMunicipalityIds, town.id] });
            }}
            onRemove={(id) =>
              onChange({ partnerMunicipalityIds: content.partnerMunicipalityIds.filter((partner) => partner !== id) })
            }
            error={problems.partnerMunicipalityIds}
          />
        </Stack>
      );

    case 'outcome':
      return (
        <Stack gap="md">
          <Radio.Group
            label={t('caseStudyFields.outcome')}
            description={t('caseStudyForm.hints.outcome')}
            required
            value={content.outcome}
            onChange={(value) => onChange({ outcome: isOneOf(value, OUTCOMES) ? value : null })}
            {...field('outcome')}
          >
            <Stack gap="sm" mt="xs">
              {OUTCOMES.map((outcome) => (
                <Radio
                  key={outcome}
                  value={outcome}
                  label={labelOf(OUTCOME_LABELS[outcome])}
                  description={t(`caseStudyForm.outcomeHints.${outcome}`)}
                />
              ))}
            </Stack>
          </Radio.Group>
          {needsFailureAnalysis(content.outcome) && (
            <Paper withBorder p="md">
              {/* The explanation is outside the switch's label, so its name stays short. */}
              <Switch
                id={fieldId('publishAnonymously')}
                label={t('caseStudyForm.publishAnonymously')}
                aria-describedby={`${fieldId('publishAnonymously')}-hint`}
                checked={props.publishAnonymously}
                onChange={(event) => props.onPublishAnonymouslyChange(event.currentTarget.checked)}
                error={problems.publishAnonymously}
              />
              <Text id={`${fieldId('publishAnonymously')}-hint`} size="sm" c="dimmed" mt="xs">
                {t('caseStudyForm.publishAnonymouslyHint')}
              </Text>
            </Paper>
          )}
        </Stack>
      );

    case 'story':
      return (
        <Stack gap="md">
          {markdown('context')}
          {markdown('whatWasDone')}
          {markdown('results')}
          <RepeatableRows<Indicator>
            path="indicators"
            legend={t('caseStudyFields.indicators')}
            hint={t('caseStudyForm.indicators.hint')}
            items={content.indicators}
            max={LIMITS.maxIndicators}
            itemLabel={(index) => t('caseStudyForm.indicators.item', { number: index + 1 })}
            addLabel={t('caseStudyForm.indicators.add')}
            createItem={() => ({ name: '', unit: '', baseline: null, target: null, achieved: null, sdgTarget: null, unIndicator: null })}
            onChange={(indicators) => onChange({ indicators })}
            error={problems.indicators}
            renderItem={(indicator, index, update, autoFocus) => (
              <Grid>
                <Grid.Col span={{ base: 12, sm: 8 }}>
                  <TextInput
                    label={t('caseStudyForm.indicators.name')}
                    required
                    autoFocus={autoFocus}
                    description={counted(indicator.name, LIMITS.shortTextMaxLength)}
                    value={indicator.name}
                    onChange={(event) => update({ name: event.currentTarget.value })}
                    {...field(`indicators[${index}].name`)}
                  />
                </Grid.Col>
                <Grid.Col span={{ base: 12, sm: 4 }}>
                  <TextInput
                    label={t('caseStudyForm.indicators.unit')}
                    description={counted(indicator.unit, LIMITS.indicatorUnitMaxLength, t('caseStudyForm.indicators.unitHint'))}
                    value={indicator.unit}
                    onChange={(event) => update({ unit: event.currentTarget.value })}
                    {...field(`indicators[${index}].unit`)}
                  />
                </Grid.Col>
                {(['baseline', 'target', 'achieved'] as const).map((key) => (
                  <Grid.Col span={{ base: 12, sm: 4 }} key={key}>
                    <NumberField
                      label={t(`caseStudyForm.indicators.${key}`)}
                      value={indicator[key]}
                      onChange={(value) => update({ [key]: value })}
                      {...field(`indicators[${index}].${key}`)}
                    />
                  </Grid.Col>
                ))}
                <Grid.Col span={{ base: 12, sm: 8 }}>
                  <Select
                    label={t('caseStudyForm.indicators.sdgTarget')}
                    description={content.sdgTargets.length === 0 ? t('caseStudyForm.indicators.sdgTargetNone') : undefined}
                    clearable
                    disabled={content.sdgTargets.length === 0 && indicator.sdgTarget === null}
                    data={content.sdgTargets.map((number) => ({ value: number, label: targetLabel(number) }))}
                    value={indicator.sdgTarget}
                    onChange={(value) => update({ sdgTarget: value })}
                    {...field(`indicators[${index}].sdgTarget`)}
                  />
                </Grid.Col>
                <Grid.Col span={{ base: 12, sm: 4 }}>
                  <TextInput
                    label={t('caseStudyForm.indicators.unIndicator')}
                    description={t('caseStudyForm.indicators.unIndicatorHint')}
                    value={indicator.unIndicator ?? ''}
                    onChange={(event) => update({ unIndicator: event.currentTarget.value.trim() || null })}
                    {...field(`indicators[${index}].unIndicator`)}
                  />
                </Grid.Col>
              </Grid>
            )}
          />
        </Stack>
      );

    case 'lessons':
      return (
        <Stack gap="md">
          {markdown('whatWorked')}
          {markdown('whatDidNotWork')}
          {markdown('whatWeWouldDoDifferently')}
        </Stack>
      );

    case 'failureAnalysis': {
      const required = needsFailureAnalysis(content.outcome);
      return (
        <Stack gap="md">
          <Alert color={required ? 'orange' : 'gray'} variant="light">
            {required ? t('caseStudyForm.failureRequired') : t('caseStudyForm.failureOptional')}
          </Alert>
          <RepeatableRows<FailureCauseEntry>
            path="failureCauses"
            legend={t('caseStudyFields.failureCauses')}
            hint={t('caseStudyForm.failureCauses.hint')}
            items={content.failureCauses}
            max={LIMITS.maxFailureCauses}
            itemLabel={(index) => t('caseStudyForm.failureCauses.item', { number: index + 1 })}
            addLabel={t('caseStudyForm.failureCauses.add')}
            firstChoice={{
              label: t('caseStudyForm.failureCauses.cause'),
              placeholder: t('caseStudyForm.failureCauses.choose'),
              missing: t('caseStudyForm.failureCauses.missing'),
              data: causeOptions,
              create: (cause) => (isOneOf(cause, FAILURE_CAUSES) ? { cause, note: '' } : null),
            }}
            onChange={(failureCauses) => onChange({ failureCauses })}
            error={problems.failureCauses}
            renderItem={(entry, index, update, autoFocus) => (
              <>
                <Select
                  label={t('caseStudyForm.failureCauses.cause')}
                  required
                  allowDeselect={false}
                  autoFocus={autoFocus}
                  data={causeOptions}
                  value={entry.cause}
                  onChange={(value) => update({ cause: isOneOf(value, FAILURE_CAUSES) ? value : entry.cause })}
                  {...field(`failureCauses[${index}].cause`)}
                />
                <Textarea
                  label={t('caseStudyForm.failureCauses.note')}
                  description={counted(entry.note, LIMITS.noteMaxLength, t('caseStudyForm.failureCauses.noteHint'))}
                  required
                  autosize
                  minRows={2}
                  value={entry.note}
                  onChange={(event) => update({ note: event.currentTarget.value })}
                  {...field(`failureCauses[${index}].note`)}
                />
              </>
            )}
          />
          <Select
            label={t('caseStudyFields.failureStage')}
            description={t('caseStudyForm.hints.failureStage')}
            required={required}
            clearable
            clearButtonProps={{ 'aria-label': t('caseStudyForm.clearNamed', { name: t('caseStudyFields.failureStage') }) }}
            data={FAILURE_STAGES.map((stage) => ({ value: stage, label: labelOf(FAILURE_STAGE_LABELS[stage]) }))}
            value={content.failureStage}
            onChange={(value) => onChange({ failureStage: isOneOf(value, FAILURE_STAGES) ? value : null })}
            {...field('failureStage')}
          />
          {markdown('salvaged', false)}
        </Stack>
      );
    }

    case 'transferability':
      return (
        <Stack gap="md">
          {markdown('preconditions')}
          {markdown('tipsForAdopters')}
        </Stack>
      );

    case 'resources':
      return (
        <Stack gap="md">
          <Grid>
            <Grid.Col span={{ base: 12, sm: 8 }}>
              <NumberField
                label={t('caseStudyFields.budgetAmount')}
                description={t('caseStudyForm.hints.budgetAmount')}
                min={LIMITS.minBudget}
                max={LIMITS.maxBudget}
                value={content.budgetAmount}
                onChange={(budgetAmount) => onChange({ budgetAmount })}
                {...field('budgetAmount')}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 4 }}>
              <Select
                label={t('caseStudyFields.budgetCurrency')}
                clearable
                clearButtonProps={{
                  'aria-label': t('caseStudyForm.clearNamed', { name: t('caseStudyFields.budgetCurrency') }),
                }}
                data={[...CURRENCIES]}
                value={content.budgetCurrency}
                onChange={(value) => onChange({ budgetCurrency: isOneOf(value, CURRENCIES) ? value : null })}
                {...field('budgetCurrency')}
              />
            </Grid.Col>
          </Grid>
          <RepeatableRows<FundingSource>
            path="fundingSources"
            legend={t('caseStudyFields.fundingSources')}
            hint={t('caseStudyForm.fundingSources.hint')}
            items={content.fundingSources}
            max={LIMITS.maxFundingSources}
            itemLabel={(index) => t('caseStudyForm.fundingSources.item', { number: index + 1 })}
            addLabel={t('caseStudyForm.fundingSources.add')}
            firstChoice={{
              label: t('caseStudyForm.fundingSources.kind'),
              placeholder: t('caseStudyForm.fundingSources.choose'),
              missing: t('caseStudyForm.fundingSources.missing'),
              data: fundingKindOptions,
              create: (kind) => (isOneOf(kind, FUNDING_SOURCE_KINDS) ? { kind, programmeId: null, programmeName: null, amount: null } : null),
            }}
            onChange={(fundingSources) => onChange({ fundingSources })}
            error={problems.fundingSources}
            renderItem={(source, index, update, autoFocus) => (
              <FundingSourceFields source={source} index={index} currency={content.budgetCurrency} update={update} autoFocus={autoFocus} field={field} counted={counted} />
            )}
          />
          <NumberField
            label={t('caseStudyFields.coFinancingPercent')}
            description={t('caseStudyForm.hints.coFinancingPercent')}
            min={LIMITS.minCoFinancingPercent}
            max={LIMITS.maxCoFinancingPercent}
            suffix=" %"
            value={content.coFinancingPercent}
            onChange={(coFinancingPercent) => onChange({ coFinancingPercent })}
            {...field('coFinancingPercent')}
          />
          <Select
            label={t('caseStudyFields.continuedAfterFunding')}
            description={t('caseStudyForm.hints.continuedAfterFunding')}
            clearable
            clearButtonProps={{ 'aria-label': t('caseStudyForm.clearNamed', { name: t('caseStudyFields.continuedAfterFunding') }) }}
            data={CONTINUED_AFTER_FUNDING.map((answer) => ({ value: answer, label: labelOf(CONTINUED_AFTER_FUNDING_LABELS[answer]) }))}
            value={content.continuedAfterFunding}
            onChange={(value) => onChange({ continuedAfterFunding: isOneOf(value, CONTINUED_AFTER_FUNDING) ? value : null })}
            {...field('continuedAfterFunding')}
          />
          {markdown('afterFunding', false)}
          {markdown('staffAndTime')}
        </Stack>
      );

    case 'timeline':
      return (
        <Stack gap="md">
          <DateField
            label={t('caseStudyFields.startDate')}
            required
            value={content.startDate}
            onChange={(startDate) => onChange({ startDate })}
            {...field('startDate')}
          />
          <DateField
            label={t('caseStudyFields.endDate')}
            description={t('caseStudyForm.hints.endDate')}
            value={content.endDate}
            onChange={(endDate) => onChange({ endDate })}
            {...field('endDate')}
          />
        </Stack>
      );

    case 'classification':
      return (
        <Stack gap="md">
          <MultiSelect
            label={t('caseStudyFields.sdgs')}
            description={t('caseStudyForm.hints.sdgs')}
            required
            searchable
            data={SDGS.map((sdg) => ({ value: String(sdg.number), label: `${sdg.number} · ${labelOf(sdg.label)}` }))}
            value={content.sdgs.map(String)}
            onChange={(values) => onChange(choosingGoals(content, values.map(Number).sort((a, b) => a - b)))}
            nothingFoundMessage={t('caseStudyForm.nothingFound')}
            {...field('sdgs')}
          />
          {content.sdgs.length > 0 && (
            <Stack gap="xs" pl="md" style={{ borderLeft: '2px solid var(--mantine-color-gray-3)' }}>
              <Text size="sm" c="dimmed">
                {t('caseStudyForm.hints.sdgTargets')}
              </Text>
              {content.sdgs.map((goal) => (
                <MultiSelect
                  key={goal}
                  label={t('caseStudyForm.sdgTargetsOf', { number: goal })}
                  searchable
                  clearable
                  data={SDG_TARGETS.filter((target) => target.goal === goal).map((target) => ({ value: target.number, label: targetLabel(target.number) }))}
                  value={content.sdgTargets.filter((target) => sdgGoalOfTarget(target) === goal)}
                  onChange={(chosen) => onChange({ sdgTargets: choosingTargetsOf(goal, content.sdgTargets, chosen) })}
                  nothingFoundMessage={t('caseStudyForm.nothingFound')}
                  id={fieldId(`sdgTargets-${goal}`)}
                  error={content.sdgTargets.map((target, index) => (sdgGoalOfTarget(target) === goal ? problems[`sdgTargets[${index}]`] : undefined)).find(Boolean)}
                />
              ))}
            </Stack>
          )}
          <MultiSelect
            label={t('caseStudyFields.themes')}
            description={t('caseStudyForm.hints.themes')}
            required
            searchable
            data={THEMES.map((theme) => ({ value: theme, label: labelOf(THEME_LABELS[theme]) }))}
            value={content.themes}
            onChange={(values) => onChange({ themes: THEMES.filter((theme) => values.includes(theme)) })}
            nothingFoundMessage={t('caseStudyForm.nothingFound')}
            {...field('themes')}
          />
        </Stack>
      );

    case 'contact':
      return (
        <Stack gap="md">
          <Text c="dimmed">
            {props.publishAnonymously && needsFailureAnalysis(content.outcome)
              ? t('caseStudyForm.contactAnonymous')
              : t('caseStudyForm.contactHint')}
          </Text>
          <TextInput
            label={t('caseStudyFields.contactName')}
            description={counted(content.contactName, LIMITS.shortTextMaxLength)}
            required
            autoComplete="name"
            value={content.contactName}
            onChange={(event) => onChange({ contactName: event.currentTarget.value })}
            {...field('contactName')}
          />
          <TextInput
            label={t('caseStudyFields.contactRole')}
            description={counted(content.contactRole, LIMITS.shortTextMaxLength, t('caseStudyForm.hints.contactRole'))}
            required
            autoComplete="organization-title"
            value={content.contactRole}
            onChange={(event) => onChange({ contactRole: event.currentTarget.value })}
            {...field('contactRole')}
          />
          <TextInput
            type="email"
            label={t('caseStudyFields.contactEmail')}
            description={counted(content.contactEmail, LIMITS.shortTextMaxLength)}
            required
            autoComplete="email"
            value={content.contactEmail}
            onChange={(event) => onChange({ contactEmail: event.currentTarget.value })}
            {...field('contactEmail')}
          />
        </Stack>
      );
  }
}
