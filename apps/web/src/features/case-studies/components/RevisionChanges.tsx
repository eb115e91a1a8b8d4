import { Paper, SimpleGrid, Stack, Text, VisuallyHidden } from '@mantine/core';
import { type CaseStudyContent, type FieldChange } from '@twinning/contracts';
import { useTranslation } from 'react-i18next';
import { wordDiff, type WordDiffPart } from '../../../common/utils/word-diff';
import { useFormatters } from '../../../i18n';
import { fieldLabel } from '../utils/content-fields';
import { useProgrammeNames } from '../../funding/hooks/useFunding';
import { describeFieldValue } from '../utils/field-values';

/**
 * Fields whose value is a choice, a number, a date or a set of tags: a word-level diff of them
 * says less than the value before and after. Every other field is text (or a list of rows read
 * as lines of text) and shows one text with its deleted and inserted words marked.
 */
const VALUE_FIELDS: ReadonlySet<string> = new Set<keyof CaseStudyContent>([
  'language',
  'partnerMunicipalityIds',
  'outcome',
  'failureStage',
  'budgetAmount',
  'budgetCurrency',
  'coFinancingPercent',
  'continuedAfterFunding',
  'startDate',
  'endDate',
  'sdgs',
  'sdgTargets',
  'themes',
]);

const isEmpty = (value: unknown) => value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0);

/** The fields that changed between two revisions: text word by word, other values before and after. */
export function RevisionChanges({ changes }: { changes: FieldChange[] }) {
  const { t } = useTranslation();
  const formatters = useFormatters();
  const programmeNames = useProgrammeNames(changes.some((change) => change.field.startsWith('fundingSources')));
  if (changes.length === 0) return null;
  const describe = (change: FieldChange, value: unknown) => describeFieldValue(change.field, value, formatters, t, programmeNames);
  return (
    <Stack component="ul" gap="sm" m={0} p={0} style={{ listStyle: 'none' }} aria-label={t('diff.changesLabel')}>
      {changes.map((change) => {
        const words = VALUE_FIELDS.has(change.field)
          ? null
          : wordDiff(isEmpty(change.before) ? '' : describe(change, change.before), isEmpty(change.after) ? '' : describe(change, change.after));
        return (
          <Paper component="li" key={change.field} withBorder p="sm" bg="yellow.0">
            <Text fw={600} size="sm" mb={4}>
              {fieldLabel(change.field, t)}
            </Text>
            {words ? (
              <WordDiff parts={words} />
            ) : (
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
                {(['before', 'after'] as const).map((side) => (
                  <div key={side}>
                    <Text size="xs" c="dimmed" fw={600} tt="uppercase">
                      {t(`diff.${side}`)}
                    </Text>
                    <Text size="sm" component={side === 'before' ? 'del' : 'ins'} display="block" style={{ whiteSpace: 'pre-wrap', textDecoration: 'none' }}>
                      {describe(change, change[side])}
                    </Text>
                  </div>
                ))}
              </SimpleGrid>
            )}
          </Paper>
        );
      })}
    </Stack>
  );
}

/**
 * One text with deleted words struck through on red and inserted words underlined on green; a
 * screen reader hears "deleted" and "inserted" before each, since colour and lines are not read.
 */
function WordDiff({ parts }: { parts: WordDiffPart[] }) {
  const { t } = useTranslation();
  return (
    <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} data-testid="word-diff">
      {parts.map((part, index) =>
        part.kind === 'same' ? (
          part.text
        ) : part.kind === 'deleted' ? (
          <del key={index} style={{ background: 'var(--mantine-color-red-1)', color: 'var(--mantine-color-red-9)', textDecoration: 'line-through', marginInlineEnd: '0.15em' }}>
            <VisuallyHidden>{t('diff.deleted')} </VisuallyHidden>
            {part.text}
          </del>
        ) : (
          <ins key={index} style={{ background: 'var(--mantine-color-green-1)', color: 'var(--mantine-color-green-9)', textDecoration: 'underline' }}>
            <VisuallyHidden>{t('diff.inserted')} </VisuallyHidden>
            {part.text}
          </ins>
        ),
      )}
    </Text>
  );
}
