import { Anchor, Badge, Group, Paper, Text } from '@mantine/core';
import { type PartnerRequestSummary, THEME_LABELS } from '@twinning/contracts';
import { type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormatters } from '../../../i18n';

/** One request in a list: what, by which town, on which themes, aimed at which funding, until when. */
export function PartnerRequestCard({ request, children }: { request: PartnerRequestSummary; children?: ReactNode }) {
  const { t } = useTranslation();
  const { labelOf, countryName, formatCalendarDate } = useFormatters();
  return (
    <Paper component="li" withBorder p="md">
      <Anchor component={Link} to={`/partner-requests/${request.id}`} fw={600}>
        {request.title}
      </Anchor>
      <Text size="sm" c="dimmed">
        {request.municipality.nameLocal}, {countryName(request.municipality.country)} · {t('partnerRequests.deadlineOn', { date: formatCalendarDate(request.deadline) })} ·{' '}
        {t('partnerRequests.answerCount', { count: request.answerCount })}
      </Text>
      <Group gap={4} mt="xs">
        <Badge color={request.status === 'open' ? 'green' : 'gray'} variant="filled">
          {t(`partnerRequests.status.${request.status}`)}
        </Badge>
        {request.fundingCall ? (
          <Badge variant="outline">{request.fundingCall.title}</Badge>
        ) : (
          request.fundingProgramme && <Badge variant="outline">{request.fundingProgramme.name}</Badge>
        )}
        {request.themes.map((theme) => (
          <Badge key={theme} variant="light">
            {labelOf(THEME_LABELS[theme])}
          </Badge>
        ))}
      </Group>
      {children}
    </Paper>
  );
}
