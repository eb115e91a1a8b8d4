import { Group, Paper, Stack, Text } from '@mantine/core';
import { type AdaptationCheckIn } from '@twinning/contracts';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../i18n';
import { Markdown } from '../../../common/components/Markdown';
import { ReportControl } from '../../reports/components/ReportControl';
import { AdaptationStatusBadge } from './AdaptationStatusBadge';

interface CheckInTimelineProps {
  checkIns: AdaptationCheckIn[];
  /** The reader may report a check-in to the moderators. */
  mayReport?: boolean;
}

/** The adaptation's check-ins as an ordered list, oldest first, as the API sends them. */
export function CheckInTimeline({ checkIns, mayReport = false }: CheckInTimelineProps) {
  const { t } = useTranslation();
  const { formatDateTime } = useFormatters();

  if (checkIns.length === 0) return <Text c="dimmed">{t('adaptation.timelineEmpty')}</Text>;
  return (
    <Stack component="ol" gap="sm" m={0} p={0} style={{ listStyle: 'none' }} aria-label={t('adaptation.timelineLabel')}>
      {checkIns.map((checkIn) => (
        <Paper component="li" key={checkIn.id} withBorder p="md">
          <Group gap="xs" mb="xs">
            <Text component="time" dateTime={checkIn.createdAt} fw={600} size="sm">
              {formatDateTime(checkIn.createdAt)}
            </Text>
            <AdaptationStatusBadge status={checkIn.status} />
          </Group>
          <Stack gap={4}>
            <Text size="sm" fw={600}>
              {checkIn.status === 'discontinued' ? t('checkIn.reason') : t('checkIn.note')}
            </Text>
            <Markdown source={checkIn.note} />
            {checkIn.results && (
              <>
                <Text size="sm" fw={600}>
                  {t('checkIn.results')}
                </Text>
                <Markdown source={checkIn.results} />
              </>
            )}
            <Text size="sm" c="dimmed">
              {t('adaptation.recordedBy', { name: checkIn.author?.displayName ?? t('adaptation.formerStaff') })}
            </Text>
            {mayReport && <ReportControl targetKind="check_in" targetId={checkIn.id} />}
          </Stack>
        </Paper>
      ))}
    </Stack>
  );
}
