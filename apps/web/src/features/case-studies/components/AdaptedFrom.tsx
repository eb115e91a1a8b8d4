import { Anchor, Text } from '@mantine/core';
import { type AdaptedFrom as AdaptedFromData } from '@twinning/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/**
 * Where a case study written up from an adaptation came from: the original practice (when it is
 * still public) and the adaptation's own page with its timeline.
 */
export function AdaptedFrom({ adaptedFrom }: { adaptedFrom: AdaptedFromData }) {
  const { t } = useTranslation();
  const adaptationLink = (
    <Anchor component={Link} to={`/adaptations/${adaptedFrom.adaptationId}`}>
      {t('adaptedFrom.adaptation')}
    </Anchor>
  );
  return (
    <Text>
      {adaptedFrom.caseStudy ? (
        <>
          {t('adaptedFrom.label')}{' '}
          <Anchor component={Link} to={`/case-studies/${adaptedFrom.caseStudy.id}`} fw={600}>
            {adaptedFrom.caseStudy.title.trim() || t('caseStudy.untitled')}
          </Anchor>
        </>
      ) : (
        t('adaptedFrom.originalNotPublic')
      )}
      {' — '}
      {t('adaptedFrom.see')} {adaptationLink}
    </Text>
  );
}
