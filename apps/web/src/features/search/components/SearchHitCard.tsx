import { Text } from '@mantine/core';
import { type SearchHit } from '@twinning/contracts';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { CaseStudyCard } from '../../case-studies/components/CaseStudyCard';
import { hasHighlight, stripHighlight } from '../utils/highlight';
import { HighlightedText } from './HighlightedText';

/** A search result: the case study's card with the words the search matched marked. */
export function SearchHitCard({ hit }: { hit: SearchHit }) {
  const { t } = useTranslation();
  const location = useLocation();
  const { highlight } = hit;
  // The link must be named by the whole title; a cropped one is shown plain.
  const title = stripHighlight(highlight.title) === hit.title ? <HighlightedText text={highlight.title} /> : undefined;
  const summary = highlight.summary ? <HighlightedText text={highlight.summary} /> : undefined;

  return (
    <CaseStudyCard caseStudy={hit} headingOrder={3} title={title} summary={summary} linkState={{ backToResults: location.pathname + location.search }}>
      {hasHighlight(highlight.lessons) && (
        <Text size="sm">
          <Text span fw={600} inherit>
            {t('search.fromLessons')}
          </Text>{' '}
          <span lang={hit.language}>
            <HighlightedText text={highlight.lessons} />
          </span>
        </Text>
      )}
      {hit.adaptationCount > 0 && (
        <Text size="sm" c="dimmed">
          {t('search.adapted', { count: hit.adaptationCount })}
        </Text>
      )}
    </CaseStudyCard>
  );
}
