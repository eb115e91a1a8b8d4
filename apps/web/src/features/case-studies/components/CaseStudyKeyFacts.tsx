import { Paper, Text, Title } from '@mantine/core';
import {
  type AnonymousOrigin,
  type CaseStudyContent,
  FUNDING_SOURCE_KIND_LABELS,
  type MunicipalitySummary,
  POPULATION_BAND_LABELS,
  populationBandOf,
} from '@twinning/contracts';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Fact } from '../../../common/components/FactList';
import { useFormatters } from '../../../i18n';
import { budgetFormat } from '../utils/presentation';
import { OutcomeBadge } from './OutcomeBadge';
import { TownOrOrigin } from './TownOrOrigin';

interface CaseStudyKeyFactsProps {
  content: CaseStudyContent;
  municipality: MunicipalitySummary | null;
  anonymousOrigin: AnonymousOrigin | null;
}

/**
 * A case study at a glance, for a reader deciding whether it fits their town. An anonymous one
 * gives only its generalised origin: no population band, which with the country could narrow
 * the town down. Facts not filled in are left out.
 */
export function CaseStudyKeyFacts({ content, municipality, anonymousOrigin }: CaseStudyKeyFactsProps) {
  const { t } = useTranslation();
  const { formatNumber, formatCalendarDate, labelOf } = useFormatters();
  const headingId = useId();
  const { budgetAmount, budgetCurrency, startDate, endDate } = content;
  return (
    <Paper component="aside" aria-labelledby={headingId} withBorder p="md" className="case-study-key-facts">
      <Title order={2} size="h4" id={headingId} mb="sm">
        {t('caseStudyOverview.keyFacts')}
      </Title>
      <dl style={{ display: 'grid', gap: 'var(--mantine-spacing-sm)', margin: 0 }}>
        <Fact term={municipality ? t('caseStudyOverview.town') : t('caseStudyOverview.origin')}>
          <TownOrOrigin municipality={municipality} anonymousOrigin={anonymousOrigin} />
        </Fact>
        {municipality && (
          <Fact term={t('caseStudyOverview.populationBand')}>{labelOf(POPULATION_BAND_LABELS[populationBandOf(municipality.population)])}</Fact>
        )}
        {budgetAmount !== null && (
          <Fact term={t('caseStudyFields.budgetAmount')}>
            <span style={{ fontVariantNumeric: 'tabular-nums' }}>{formatNumber(budgetAmount, budgetFormat(budgetAmount, budgetCurrency))}</span>
          </Fact>
        )}
        {startDate && (
          <Fact term={t('caseStudyOverview.duration')}>
            {endDate
              ? t('caseStudyOverview.fromTo', { start: formatCalendarDate(startDate), end: formatCalendarDate(endDate) })
              : t('caseStudyOverview.sinceOngoing', { start: formatCalendarDate(startDate) })}
          </Fact>
        )}
        {content.fundingSources.length > 0 && (
          <Fact term={t('caseStudyFields.fundingSources')}>
            {[...new Set(content.fundingSources.map((source) => labelOf(FUNDING_SOURCE_KIND_LABELS[source.kind])))].join(', ')}
          </Fact>
        )}
        {content.sdgs.length > 0 && (
          <Fact term={t('caseStudy.sdgsLabel')}>
            {content.sdgs.map((sdg) => `${t('caseStudy.sdgPrefix')} ${sdg}`).join(', ')}
          </Fact>
        )}
        {content.sdgTargets.length > 0 && (
          <Fact term={t('caseStudyFields.sdgTargets')}>
            {content.sdgTargets.join(', ')}
          </Fact>
        )}
        {content.outcome && (
          <Fact term={t('caseStudyFields.outcome')}>
            <OutcomeBadge outcome={content.outcome} />
          </Fact>
        )}
      </dl>
      {!municipality && (
        <Text size="xs" c="dimmed" mt="sm">
          {t('caseStudyOverview.anonymousNote')}
        </Text>
      )}
    </Paper>
  );
}
