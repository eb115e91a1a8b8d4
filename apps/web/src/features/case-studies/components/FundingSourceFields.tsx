import { Grid, Select, TextInput } from '@mantine/core';
import {
  CASE_STUDY_LIMITS,
  FUNDING_PROGRAMME_KIND_LABELS,
  FUNDING_PROGRAMME_KINDS,
  FUNDING_SOURCE_KIND_LABELS,
  FUNDING_SOURCE_KINDS,
  type Currency,
  type FundingProgramme,
  type FundingSource,
} from '@twinning/contracts';
import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { NumberField } from '../../../common/components/NumberField';
import { isOneOf } from '../../../common/utils/is-one-of';
import { useFormatters } from '../../../i18n';
import { useFundingProgrammes } from '../../funding/hooks/useFunding';

/** The programme select's value for "a programme not in the catalogue": never a UUID, so never a programme's id. */
export const OTHER_PROGRAMME = 'other';

/** What the programme select shows: a catalogue programme, "other" once a name is being written, or nothing. */
export function programmeChoice(source: FundingSource): string | null {
  return source.programmeId ?? (source.programmeName !== null ? OTHER_PROGRAMME : null);
}

/** The source after choosing in the programme select: a programme drops the free-text name, "other" starts one. */
export function choosingProgramme(value: string | null): Pick<FundingSource, 'programmeId' | 'programmeName'> {
  if (value === OTHER_PROGRAMME) return { programmeId: null, programmeName: '' };
  return { programmeId: value, programmeName: null };
}

interface FundingSourceFieldsProps {
  source: FundingSource;
  index: number;
  currency: Currency | null;
  update: (patch: Partial<FundingSource>) => void;
  autoFocus: boolean;
  field: (path: string) => { id: string; error: ReactNode };
  counted: (value: string, max: number, hint?: string) => ReactNode;
}

/**
 * One funding source: its kind, the catalogue programme it came from (searchable, grouped by
 * who funds it; archived ones only when already chosen) or another programme by name, and its amount.
 */
export function FundingSourceFields({ source, index, currency, update, autoFocus, field, counted }: FundingSourceFieldsProps) {
  const { t } = useTranslation();
  const { labelOf } = useFormatters();
  const catalogue = useFundingProgrammes({});
  const programmeOptions = useMemo(() => {
    const programmes: Pick<FundingProgramme, 'id' | 'name' | 'kind'>[] = catalogue.data ?? [];
    return [
      ...FUNDING_PROGRAMME_KINDS.map((kind) => ({
        group: labelOf(FUNDING_PROGRAMME_KIND_LABELS[kind]),
        items: programmes.filter((programme) => programme.kind === kind).map((programme) => ({ value: programme.id, label: programme.name })),
      })).filter((group) => group.items.length > 0),
      { group: t('caseStudyForm.fundingSources.notInCatalogue'), items: [{ value: OTHER_PROGRAMME, label: t('caseStudyForm.fundingSources.otherProgramme') }] },
    ];
  }, [catalogue.data, labelOf, t]);
  const choice = programmeChoice(source);
  // A programme archived since it was chosen is no longer listed, but stays on the source.
  const listed = choice === null || programmeOptions.some((group) => group.items.some((item) => item.value === choice));
  const data = listed ? programmeOptions : [...programmeOptions, { group: t('caseStudyForm.fundingSources.archived'), items: [{ value: choice, label: t('caseStudyForm.fundingSources.archivedProgramme') }] }];

  return (
    <Grid>
      <Grid.Col span={{ base: 12, sm: 4 }}>
        <Select
          label={t('caseStudyForm.fundingSources.kind')}
          required
          allowDeselect={false}
          autoFocus={autoFocus}
          data={FUNDING_SOURCE_KINDS.map((kind) => ({ value: kind, label: labelOf(FUNDING_SOURCE_KIND_LABELS[kind]) }))}
          value={source.kind}
          onChange={(value) => update({ kind: isOneOf(value, FUNDING_SOURCE_KINDS) ? value : source.kind })}
          {...field(`fundingSources[${index}].kind`)}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 5 }}>
        <Select
          label={t('caseStudyForm.fundingSources.programme')}
          description={t('caseStudyForm.fundingSources.programmeHint')}
          placeholder={t('caseStudyForm.fundingSources.programmePlaceholder')}
          required={source.kind === 'eu_programme'}
          searchable
          clearable
          clearButtonProps={{ 'aria-label': t('caseStudyForm.clearNamed', { name: t('caseStudyForm.fundingSources.programme') }) }}
          nothingFoundMessage={t('caseStudyForm.fundingSources.noProgrammeFound')}
          data={data}
          value={choice}
          onChange={(value) => update(choosingProgramme(value))}
          id={field(`fundingSources[${index}].programmeId`).id}
          // Until "other" is chosen there is no name field, so a missing name is said here.
          error={field(`fundingSources[${index}].programmeId`).error ?? (choice !== OTHER_PROGRAMME ? field(`fundingSources[${index}].programmeName`).error : undefined)}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 3 }}>
        <NumberField
          label={t('caseStudyForm.fundingSources.amount')}
          description={currency ? t('caseStudyForm.fundingSources.amountIn', { currency }) : t('caseStudyForm.fundingSources.amountHint')}
          min={CASE_STUDY_LIMITS.minBudget}
          max={CASE_STUDY_LIMITS.maxBudget}
          value={source.amount}
          onChange={(amount) => update({ amount })}
          {...field(`fundingSources[${index}].amount`)}
        />
      </Grid.Col>
      {choice === OTHER_PROGRAMME && (
        <Grid.Col span={12}>
          <TextInput
            label={t('caseStudyForm.fundingSources.programmeName')}
            description={counted(source.programmeName ?? '', CASE_STUDY_LIMITS.shortTextMaxLength, t('caseStudyForm.fundingSources.programmeNameHint'))}
            required={source.kind === 'eu_programme'}
            value={source.programmeName ?? ''}
            onChange={(event) => update({ programmeName: event.currentTarget.value })}
            {...field(`fundingSources[${index}].programmeName`)}
          />
        </Grid.Col>
      )}
    </Grid>
  );
}
