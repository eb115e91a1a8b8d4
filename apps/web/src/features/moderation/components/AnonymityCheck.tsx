import { Alert, Badge, Group, List, Stack, Text } from '@mantine/core';
import { type CaseStudyRevision, type IdentifyingTerm } from '@twinning/contracts';
import { type TFunction } from 'i18next';
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
 * people or its places, each marked in an excerpt so the moderator can ask for it to go; likewise
 * in the descriptions of its pictures and documents (flagged, never refused).
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
        <IdentifyingTermsFound terms={revision.identifyingTerms} texts={revision.content} fieldName={(field) => contentFieldName(field, t)} />
        {revision.identifyingFiles.length > 0 && (
          <Stack gap="xs">
            <Text size="sm">{t('review.anonymity.filesFound', { count: revision.identifyingFiles.length })}</Text>
            <List size="sm" spacing="sm" aria-label={t('review.anonymity.filesListLabel')}>
              {revision.identifyingFiles.map((file) => (
                <List.Item key={file.fileId}>
                  <Text size="sm" fw={600}>
                    {t(file.kind === 'photo' ? 'review.anonymity.photo' : 'review.anonymity.document', { name: file.kind === 'photo' ? file.texts.altText : file.texts.title })}
                  </Text>
                  <IdentifyingTermList terms={file.terms} texts={file.texts} fieldName={(field) => t(`caseStudyFiles.${field}`)} />
                </List.Item>
              ))}
            </List>
          </Stack>
        )}
      </Stack>
    </Alert>
  );
}

/** A content field (`summary`, `indicators[2].name`) as the form names it: its step and its label. */
export function contentFieldName(path: string, t: TFunction): string {
  return t('caseStudyForm.problemLink', { section: t(`caseStudySections.${stepOf(path)}`), field: fieldLabel(path, t) });
}

interface IdentifyingTermsProps<Field extends string> {
  terms: IdentifyingTerm<Field>[];
  /** The texts the terms were found in, by field: a revision's content, a translation's texts, a file's descriptions. */
  texts: Record<Field, unknown>;
  fieldName: (field: Field) => string;
}

/** How many things could name the town, and each marked in an excerpt; or that nothing was found. */
export function IdentifyingTermsFound<Field extends string>({ terms, texts, fieldName }: IdentifyingTermsProps<Field>) {
  const { t } = useTranslation();
  if (terms.length === 0) return <Text size="sm">{t('review.anonymity.nothingFound')}</Text>;
  return (
    <>
      <Text size="sm">{t('review.anonymity.found', { count: terms.length })}</Text>
      <IdentifyingTermList terms={terms} texts={texts} fieldName={fieldName} />
    </>
  );
}

function IdentifyingTermList<Field extends string>({ terms, texts, fieldName }: IdentifyingTermsProps<Field>) {
  const { t } = useTranslation();
  return (
    <List size="sm" spacing="xs" aria-label={t('review.anonymity.listLabel')}>
      {terms.map((term) => (
        <List.Item key={`${term.kind}:${term.text}`}>
          <IdentifyingTermItem term={term} texts={texts} fieldName={fieldName} />
        </List.Item>
      ))}
    </List>
  );
}

function IdentifyingTermItem<Field extends string>({ term, texts, fieldName }: { term: IdentifyingTerm<Field> } & Omit<IdentifyingTermsProps<Field>, 'terms'>) {
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
        const excerpt = excerptOf(texts, field, term.text);
        return (
          <Text key={field} size="sm">
            {fieldName(field)}
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
export function excerptOf<Field extends string>(texts: Record<Field, unknown>, field: Field, term: string): { before: string; match: string; after: string } | null {
  for (const text of stringsIn(texts[field])) {
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
