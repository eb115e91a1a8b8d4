import { Anchor, Paper, Stack, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

export interface ContentsEntry {
  /** The id of the section it leads to. */
  anchor: string;
  title: string;
}

/** The contents of a case study: a link to each of its sections, in order, for skimming and the keyboard. */
export function CaseStudyContents({ entries }: { entries: readonly ContentsEntry[] }) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <Paper component="nav" aria-labelledby={headingId} withBorder p="md" className="case-study-contents">
      <Title order={2} size="h4" id={headingId} mb="sm">
        {t('caseStudyOverview.contents')}
      </Title>
      <Stack component="ol" gap={6} m={0} pl="lg">
        {entries.map((entry) => (
          <li key={entry.anchor}>
            <Anchor href={`#${entry.anchor}`}>{entry.title}</Anchor>
          </li>
        ))}
      </Stack>
    </Paper>
  );
}
