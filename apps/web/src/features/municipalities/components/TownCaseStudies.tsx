import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PagedList } from '../../../common/components/PagedList';
import { CaseStudyCardList } from '../../case-studies/components/CaseStudyCardList';
import { useCaseStudies } from '../../case-studies/hooks/useCaseStudies';

export const TOWN_CASE_STUDIES_PER_PAGE = 6;

/**
 * A town's published case studies, as a visitor sees them whoever reads (`public`): one it
 * published anonymously is never listed here, not even to its own staff.
 */
export function TownCaseStudies({ townId }: { townId: string }) {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const caseStudies = useCaseStudies({ municipality: townId, status: 'published', public: true, page, per_page: TOWN_CASE_STUDIES_PER_PAGE });
  return (
    <PagedList
      query={caseStudies}
      page={page}
      onPageChange={({ page: next }) => setPage(next)}
      totalLabel={(counts) => t('town.caseStudies.total', counts)}
      loadingLabel={t('town.caseStudies.loading')}
      errorTitle={t('town.caseStudies.loadError')}
      empty={t('town.caseStudies.empty')}
    >
      {(items) => <CaseStudyCardList caseStudies={items} headingOrder={3} />}
    </PagedList>
  );
}
