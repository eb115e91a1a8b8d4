import { Text } from '@mantine/core';
import { type FieldChange, sectionOf, type TemplateSection } from '@twinning/contracts';
import { type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../../common/components/ErrorState';
import { type DiffBaseline, type usePublishedDiff } from '../hooks/useRevisions';

/** The template section a change belongs to; null for a field outside the sections. */
export function sectionOfChange(change: FieldChange): TemplateSection | null {
  return change.section ?? sectionOf(change.field) ?? null;
}

interface PublishedDiffStateProps {
  published: ReturnType<typeof usePublishedDiff>;
  /** What to show once the changes against the baseline are there. */
  children: (baseline: DiffBaseline, changes: FieldChange[]) => ReactNode;
}

/**
 * What stands in place of a revision's changes until there are some to show: the comparison under
 * way, nothing to compare with, the published version itself, or the error; the review page and
 * the authors' revision page say these the same way.
 */
export function PublishedDiffState({ published: { isPending, baseline, sameAsPublished, diff }, children }: PublishedDiffStateProps) {
  const { t } = useTranslation();
  if (isPending) return <Text>{t('diff.comparing')}</Text>;
  if (!baseline) return <Text>{t('diff.nothingPublished')}</Text>;
  if (sameAsPublished) return <Text>{t('diff.isPublished')}</Text>;
  if (diff.isError) return <ErrorState title={t('review.diffError')} error={diff.error} onRetry={() => void diff.refetch()} />;
  if (diff.isPending) return <Text>{t('diff.comparing')}</Text>;
  return children(baseline, diff.data.changes);
}
