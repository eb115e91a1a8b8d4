import { Anchor, Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { type PartnershipActivity } from '@twinning/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Markdown } from '../../../common/components/Markdown';
import { useFormatters } from '../../../i18n';

interface ActivityCardProps {
  activity: PartnershipActivity;
  /** Shown to staff of the two towns and moderators. */
  onEdit?: () => void;
  onDelete?: () => void;
}

/** One activity: what, when, who took part, what they learned and which practices it concerned. */
export function ActivityCard({ activity, onEdit, onDelete }: ActivityCardProps) {
  const { t } = useTranslation();
  const { formatDate, formatNumber, localized } = useFormatters();
  const title = localized(activity.title, activity.titleVariants);
  const dates = activity.endsOn && activity.endsOn !== activity.startsOn ? `${formatDate(activity.startsOn)} – ${formatDate(activity.endsOn)}` : formatDate(activity.startsOn);
  const learned = localized(activity.learned, activity.learnedVariants);
  const description = localized(activity.description, activity.descriptionVariants);

  return (
    <Paper component="li" withBorder p="md">
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
          <div>
            <Title order={3} size="h4">
              {title}
            </Title>
            <Text size="sm" c="dimmed">
              {dates}
            </Text>
          </div>
          <Group gap="xs">
            <Badge variant="light">{t(`partnership.activityKinds.${activity.kind}`)}</Badge>
            {!activity.isPublic && <Badge color="gray">{t('partnership.activity.private')}</Badge>}
          </Group>
        </Group>
        {description && <Markdown source={description} />}
        {(activity.participantCount !== null || activity.participantRoles.length > 0) && (
          <Text size="sm">
            {activity.participantCount !== null && t('partnership.activity.participants', { count: activity.participantCount })}
            {activity.participantCount !== null && activity.participantRoles.length > 0 && ' · '}
            {activity.participantRoles.join(', ')}
          </Text>
        )}
        {learned && (
          <div>
            <Text fw={600} size="sm">
              {t('partnership.activity.learned')}
            </Text>
            <Markdown source={learned} />
          </div>
        )}
        {activity.caseStudies.length > 0 && (
          <Text size="sm">
            {t('partnership.activity.practices')}{' '}
            {activity.caseStudies.map((caseStudy, index) => (
              <span key={caseStudy.id}>
                {index > 0 && ', '}
                <Anchor component={Link} to={`/case-studies/${caseStudy.id}`}>
                  {caseStudy.title}
                </Anchor>
              </span>
            ))}
          </Text>
        )}
        {activity.funding && (activity.funding.programme || activity.funding.amount !== null) && (
          <Text size="sm">
            {t('partnership.activity.funding')}{' '}
            {activity.funding.programme && (
              <Anchor component={Link} to={`/funding/programmes/${activity.funding.programme.id}`}>
                {activity.funding.programme.name}
              </Anchor>
            )}
            {activity.funding.programme && activity.funding.amount !== null && ' · '}
            {activity.funding.amount !== null && `${formatNumber(activity.funding.amount)} ${activity.funding.currency ?? ''}`.trim()}
          </Text>
        )}
        {(onEdit || onDelete) && (
          <Group gap="xs" justify="flex-end">
            {onEdit && (
              <Button variant="default" size="xs" onClick={onEdit} aria-label={t('partnership.activity.editNamed', { title })}>
                {t('partnership.activity.edit')}
              </Button>
            )}
            {onDelete && (
              <Button variant="subtle" color="red" size="xs" onClick={onDelete} aria-label={t('partnership.activity.deleteNamed', { title })}>
                {t('partnership.activity.delete')}
              </Button>
            )}
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
