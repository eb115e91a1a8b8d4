import { Stack } from '@mantine/core';
import { CaseStudyCard, type CaseStudyCardData } from './CaseStudyCard';

interface CaseStudyCardListProps {
  caseStudies: readonly CaseStudyCardData[];
  /** The heading level of each card's title in the page's outline. */
  headingOrder?: 2 | 3 | 4;
}

/** Published case studies as a list of cards: the catalogue, similar practices, the staff feed. */
export function CaseStudyCardList({ caseStudies, headingOrder }: CaseStudyCardListProps) {
  return (
    <Stack component="ul" gap="md" m={0} p={0} style={{ listStyle: 'none' }}>
      {caseStudies.map((caseStudy) => (
        <CaseStudyCard key={caseStudy.id} caseStudy={caseStudy} headingOrder={headingOrder} />
      ))}
    </Stack>
  );
}
