import { Alert, Badge, Group, List, Stack, Text } from '@mantine/core';
import { type CaseStudyContent, type CaseStudyRevision, type IdentifyingTerm } from '@twinning/contracts';
import { useTranslation } from 'react-i18next';
import { fieldLabel, stepOf } from '../../case-studies/utils/content-fields';

const EXCERPT_CONTEXT = 60;

interface AnonymityCheckProps {
  revision: CaseStudyRevision;
  /** Whether readers are shown the town today: null before the case study is first published. */
  publishedAnonymously: boolean | null;
}

/**
 * What a moderator must know about anonymity before deciding: that the author asks not to be
 * named (or asks to be named again), and where the text still names the town, its partners, its
 * people or its places, each marked in an excerpt so the moderator can ask for it to go.
 */
export function AnonymityCheck({ revision, publishedAnonymously }: AnonymityCheckProps) {
  const { t } = useTranslation();
  if (!revision.publishAnonymously) {
    return publishedAnonymously ? (
      <Alert color="yellow" variant="light" title={t('review.anonymity.turnsOffTitle')}>
        {t('review.anonymity.turnsOff')}
      </Alert>
    ) : null;
  }
  return (
    <Alert color="orange" variant="light" title={t('review.anonymity.title')}>
      <Stack gap="sm">
        <Text size="sm">
          {publishedAnonymously === false ? t('review.anonymity.turnsOn') : t('review.anonymity.asks')}
        </Text>
        {revision.identifyingTerms.length === 0 ? (
          <Text size="sm">{t('review.anonymity.nothingFound')}</Text>
        ) : (
          <>
            <Text size="sm">{t('review.anonymity.found', { count: revision.identifyingTerms.length })}</Text>
            <List size="sm" spacing="xs" aria-label={t('review.anonymity.listLabel')}>
              {revision.identifyingTerms.map((term) => (
                <List.Item key={`${term.kind}:${term.text}`}>
                  <IdentifyingTermItem term={term} content={revision.content} />
                </List.Item>
              ))}
            </List>
          </>
        )}
      </Stack>
    </Alert>
  );
}

function IdentifyingTermItem({ term, content }: { term: IdentifyingTerm; content: CaseStudyContent }) {
  const { t } = useTranslation();
  return (
    <Stack gap={4}>
      <Group gap="xs">
        <Badge variant="outline" color="dark" size="sm">
          {t(`review.anonymity.kinds.${term.kind}`)}
        </Badge>
        <Text size="sm" fw={600}>
          {term.kind === 'adaptation_text' ? t('review.anonymity.copiedPassage') : term.text}
        </Text>
      </Group>
      {term.fields.map((field) => {
        const excerpt = excerptOf(content, field, term.text);
        return (
          <Text key={field} size="sm">
            {t('caseStudyForm.problemLink', { section: t(`caseStudySections.${stepOf(field)}`), field: fieldLabel(field, t) })}
            {': '}
            {excerpt ? (
              <>
                {excerpt.before}
                <mark>{excerpt.match}</mark>
                {excerpt.after}
              </>
            ) : (
              term.text
            )}
          </Text>
        );
      })}
    </Stack>
  );
}

/** The first place the term is written in the field, with some words either side. */
export function excerptOf(content: CaseStudyContent, field: keyof CaseStudyContent, term: string): { before: string; match: string; after: string } | null {
  for (const text of stringsIn(content[field])) {
    const at = text.indexOf(term);
    if (at < 0) continue;
    const start = Math.max(0, at - EXCERPT_CONTEXT);
    const end = Math.min(text.length, at + term.length + EXCERPT_CONTEXT);
    return {
      before: `${start > 0 ? '…' : ''}${text.slice(start, at)}`,
      match: text.slice(at, at + term.length),
      after: `${text.slice(at + term.length, end)}${end < text.length ? '…' : ''}`,
    };
  }
  return null;
}

function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap((item: unknown) => (item && typeof item === 'object' ? stringsIn(Object.values(item)) : stringsIn(item)));
  return [];
}
