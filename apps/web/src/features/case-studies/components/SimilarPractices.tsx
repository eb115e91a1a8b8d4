import { Box, Skeleton, Stack, Title, VisuallyHidden } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useSimilarCaseStudies } from '../hooks/useSimilarCaseStudies';
import { CaseStudyCard } from './CaseStudyCard';

/**
 * Published practices like this one, under the case study. It loads on its own, after the page,
 * and stays out of sight when there is nothing to show (none found, or the request failed: the
 * case study itself is what the reader came for).
 */
export function SimilarPractices({ caseStudyId }: { caseStudyId: string }) {
  const { t } = useTranslation();
  const headingId = useId();
  const similar = useSimilarCaseStudies(caseStudyId);

  if (similar.isPending) {
    return (
      <Stack gap="sm" aria-busy="true">
        <VisuallyHidden role="status">{t('caseStudyPage.similarLoading')}</VisuallyHidden>
        <Skeleton height={28} width="30%" aria-hidden="true" />
        <Skeleton height={96} aria-hidden="true" />
      </Stack>
    );
  }
  if (similar.isError || similar.data.length === 0) return null;
  return (
    <Box component="section" aria-labelledby={headingId}>
      <Title order={2} id={headingId} mb="sm">
        {t('caseStudyPage.similarTitle')}
      </Title>
      <Stack component="ul" gap="md" m={0} p={0} style={{ listStyle: 'none' }}>
        {similar.data.map((caseStudy) => (
          <CaseStudyCard key={caseStudy.id} caseStudy={caseStudy} headingOrder={3} />
        ))}
      </Stack>
    </Box>
  );
}
