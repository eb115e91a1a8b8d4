import { Badge, Group, Stack, Text } from '@mantine/core';
import { TEMPLATE_SECTIONS, type ModerationDecision, type ModerationDecisionKind } from '@twinning/contracts';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../i18n';

const DECISION_COLORS: Record<ModerationDecisionKind, string> = {
  approve: 'green',
  request_changes: 'orange',
  reject: 'red',
};

function DecisionBadge({ decision }: { decision: ModerationDecisionKind }) {
  const { t } = useTranslation();
  return (
    <Badge color={DECISION_COLORS[decision]} variant="light" style={{ minWidth: 'max-content' }}>
      {t(`decisionOutcome.${decision}`)}
    </Badge>
  );
}

/**
 * A moderator's decision with its rubric: the overall comment and one per section of the template.
 * `sectionComments={false}` leaves the section comments to a page that shows each beside its section.
 */
export function DecisionDetails({ decision, sectionComments = true }: { decision: ModerationDecision; sectionComments?: boolean }) {
  const { t } = useTranslation();
  const { formatDateTime } = useFormatters();
  const sections = sectionComments ? TEMPLATE_SECTIONS.filter((section) => decision.sectionComments[section]?.trim()) : [];
  return (
    <Stack gap="xs">
      <Group gap="xs">
        <DecisionBadge decision={decision.decision} />
        <Text size="sm" c="dimmed">
          {t('decision.by', {
            name: decision.moderator?.displayName ?? t('decision.formerModerator'),
            date: formatDateTime(decision.decidedAt),
          })}
        </Text>
      </Group>
      {decision.comment.trim() && <Text style={{ whiteSpace: 'pre-wrap' }}>{decision.comment}</Text>}
      {sections.length > 0 && (
        <Stack component="dl" gap={4} m={0}>
          {sections.map((section) => (
            <div key={section}>
              <Text component="dt" fw={600} size="sm">
                {t(`caseStudySections.${section}`)}
              </Text>
              <Text component="dd" m={0} size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {decision.sectionComments[section]}
              </Text>
            </div>
          ))}
        </Stack>
      )}
    </Stack>
  );
}
