import { Anchor, Badge, Group, Image, Paper, Stack, Text, Title } from '@mantine/core';
import { ApiRoutes, type CaseStudySummary } from '@twinning/contracts';
import { type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type CaseStudyPageState } from '../pages/CaseStudyPage';
import { OutcomeBadge } from './OutcomeBadge';
import { SdgTiles } from './SdgTiles';
import { TownOrOrigin } from './TownOrOrigin';

/**
 * What a card needs: a list item, a search hit and a similar practice all have it. Title and
 * summary are in `shownLanguage`: a translation into the reader's, where there is one.
 */
export type CaseStudyCardData = Pick<
  CaseStudySummary,
  'id' | 'title' | 'summary' | 'shownLanguage' | 'outcome' | 'sdgs' | 'municipality' | 'anonymousOrigin' | 'featured' | 'cover'
>;

interface CaseStudyCardProps {
  caseStudy: CaseStudyCardData;
  /** The heading level of the title in the page's outline. */
  headingOrder?: 2 | 3 | 4;
  /** The title and summary as shown (a search marks its matches in them); the plain text by default. */
  title?: ReactNode;
  summary?: ReactNode;
  /** More under the summary, such as where else the search matched. */
  children?: ReactNode;
  /** Handed to the case study's page with the link (a search sends its address, for "Back to results"). */
  linkState?: CaseStudyPageState;
}

/** A published case study in a list: enough to decide whether to read it. */
export function CaseStudyCard({ caseStudy, headingOrder = 2, title, summary, children, linkState }: CaseStudyCardProps) {
  const { t } = useTranslation();
  return (
    <Paper component="li" withBorder p="md">
      <Group align="flex-start" wrap="nowrap" gap="md">
      {caseStudy.cover && (
        <Image src={ApiRoutes.fileContent(caseStudy.cover.id, 'small')} alt={caseStudy.cover.altText} w={{ base: 96, sm: 160 }} h={{ base: 72, sm: 110 }} fit="cover" radius="sm" />
      )}
      <Stack gap="xs" style={{ flex: 1, minWidth: 0 }}>
        {/* The badges go under the title when a narrow card (a phone's, beside a cover) has no room beside it. */}
        <Group justify="space-between" align="flex-start" gap="sm">
          <Title order={headingOrder} size="h4">
            <Anchor component={Link} to={`/case-studies/${caseStudy.id}`} state={linkState} inherit>
              {title ?? (caseStudy.title.trim() || t('caseStudy.untitled'))}
            </Anchor>
          </Title>
          <Group gap={4}>
            {caseStudy.featured && (
              <Badge color="grape" variant="light" style={{ minWidth: 'max-content' }}>
                {t('caseStudy.featured')}
              </Badge>
            )}
            {caseStudy.outcome && <OutcomeBadge outcome={caseStudy.outcome} />}
          </Group>
        </Group>
        <Text size="sm">
          <TownOrOrigin municipality={caseStudy.municipality} anonymousOrigin={caseStudy.anonymousOrigin} />
        </Text>
        {caseStudy.summary && (
          <Text lineClamp={3} lang={caseStudy.shownLanguage ?? undefined}>
            {summary ?? caseStudy.summary}
          </Text>
        )}
        {children}
        <SdgTiles sdgs={caseStudy.sdgs} compact />
      </Stack>
      </Group>
    </Paper>
  );
}
