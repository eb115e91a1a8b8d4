import { Box, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { SectionSkeleton } from '../../../common/components/SectionSkeleton';
import { useSimilarCaseStudies } from '../hooks/useSimilarCaseStudies';
import { CaseStudyCardList } from './CaseStudyCardList';

/**
 * Published practices like this one, under the case study. It loads on its own, after the page,
 * and stays out of sight when there is nothing to show (none found, or the request failed: the
 * case study itself is what the reader came for).
 */
export function SimilarPractices({ caseStudyId }: { caseStudyId: string }) {
  const { t } = useTranslation();
  const headingId = useId();
  const similar = useSimilarCaseStudies(caseStudyId);

  if (similar.isPending) return <SectionSkeleton label={t('caseStudyPage.similarLoading')} />;
  if (similar.isError || similar.data.length === 0) return null;
  return (
    <Box component="section" aria-labelledby={headingId}>
      <Title order={2} id={headingId} mb="sm">
        {t('caseStudyPage.similarTitle')}
      </Title>
      <CaseStudyCardList caseStudies={similar.data} headingOrder={3} />
    </Box>
  );
}
