import { Anchor, Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { type CaseStudySummary } from '@twinning/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { OutcomeBadge } from './OutcomeBadge';
import { SdgTiles } from './SdgTiles';
import { TownOrOrigin } from './TownOrOrigin';

/** A published case study in a list: enough to decide whether to read it. */
export function CaseStudyCard({ caseStudy }: { caseStudy: CaseStudySummary }) {
  const { t } = useTranslation();
  return (
    <Paper component="li" withBorder p="md">
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
          <Title order={2} size="h4">
            <Anchor component={Link} to={`/case-studies/${caseStudy.id}`} inherit>
              {caseStudy.title.trim() || t('caseStudy.untitled')}
            </Anchor>
          </Title>
          <Group gap={4} wrap="nowrap">
            {caseStudy.featured && (
              <Badge color="grape" variant="light">
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
          <Text lineClamp={3} lang={caseStudy.language ?? undefined}>
            {caseStudy.summary}
          </Text>
        )}
        <SdgTiles sdgs={caseStudy.sdgs} compact />
      </Stack>
    </Paper>
  );
}
