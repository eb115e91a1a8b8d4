import { Alert, Paper, Stack, Text, Title } from '@mantine/core';
import { TEMPLATE_SECTIONS, type CaseStudyRevision } from '@twinning/contracts';
import { useTranslation } from 'react-i18next';
import { usePublishedDiff } from '../hooks/useRevisions';
import { PublishedDiffState, sectionOfChange } from './PublishedDiffState';
import { RevisionChanges } from './RevisionChanges';

/**
 * For the authors: what their revision changes in the published version, word by word, section by
 * section, each section with the moderator's comment on it.
 */
export function PublishedDiffBySection({ revision }: { revision: CaseStudyRevision }) {
  const { t } = useTranslation();
  const published = usePublishedDiff(revision.caseStudyId, revision);
  const sectionComments = revision.decision?.sectionComments ?? {};
  const changes = published.diff.data?.changes ?? [];
  const sections = TEMPLATE_SECTIONS.filter(
    (section) => sectionComments[section]?.trim() || changes.some((change) => sectionOfChange(change) === section),
  );
  const unsectioned = changes.filter((change) => sectionOfChange(change) === null);

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="published-diff-title">
      <Stack gap="md">
        <Title order={2} size="h3" id="published-diff-title">
          {t('revisions.diffTitle')}
        </Title>
        <PublishedDiffState published={published}>
          {(baseline) => (
            <Text>
              {baseline.kind === 'published'
                ? t(changes.length === 0 ? 'revisions.noChanges' : 'revisions.diffIntro', { number: baseline.number })
                : t(changes.length === 0 ? 'revisions.noChangesDecided' : 'revisions.diffIntroDecided', { number: baseline.number })}
            </Text>
          )}
        </PublishedDiffState>
        {sections.map((section) => {
          const comment = sectionComments[section]?.trim();
          const inSection = changes.filter((change) => sectionOfChange(change) === section);
          return (
            <Stack key={section} gap="xs" component="section" aria-labelledby={`published-diff-${section}`}>
              <Title order={3} size="h4" id={`published-diff-${section}`}>
                {t(`caseStudySections.${section}`)}
              </Title>
              {comment && (
                <Alert color="orange" variant="light" title={t('revisions.sectionComment')}>
                  <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                    {comment}
                  </Text>
                </Alert>
              )}
              <RevisionChanges changes={inSection} />
            </Stack>
          );
        })}
        <RevisionChanges changes={unsectioned} />
      </Stack>
    </Paper>
  );
}
