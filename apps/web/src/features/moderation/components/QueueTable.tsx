import { Anchor, Table, Text } from '@mantine/core';
import { type ModerationQueueItem } from '@twinning/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormatters } from '../../../i18n';
import { OutcomeBadge } from '../../case-studies/components/OutcomeBadge';
import { townName } from '../../municipalities/utils/town-name';

export function reviewPath(item: Pick<ModerationQueueItem, 'caseStudyId' | 'revisionId'>): string {
  return `/moderation/case-studies/${item.caseStudyId}/revisions/${item.revisionId}`;
}

interface QueueTableProps {
  items: ModerationQueueItem[];
  caption: string;
}

/** The submissions waiting for a decision, longest waiting first (the API's order). */
export function QueueTable({ items, caption }: QueueTableProps) {
  const { t } = useTranslation();
  const { countryName, formatDateTime, formatTimeAgo } = useFormatters();
  return (
    <Table.ScrollContainer minWidth={820}>
      <Table striped highlightOnHover captionSide="top">
        <Table.Caption style={{ textAlign: 'start' }}>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('moderation.table.caseStudy')}</Table.Th>
            <Table.Th scope="col">{t('moderation.table.town')}</Table.Th>
            <Table.Th scope="col">{t('moderation.table.outcome')}</Table.Th>
            <Table.Th scope="col">{t('moderation.table.submittedBy')}</Table.Th>
            <Table.Th scope="col">{t('moderation.table.waiting')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((item) => (
            <Table.Tr key={item.revisionId}>
              <Table.Th scope="row" fw="normal">
                <Anchor component={Link} to={reviewPath(item)} fw={600}>
                  {item.title.trim() || t('caseStudy.untitled')}
                </Anchor>
                <Text size="sm" c="dimmed">
                  {item.previousRevisionId
                    ? t('moderation.resubmission', { number: item.revisionNumber })
                    : t('moderation.firstSubmission')}
                </Text>
              </Table.Th>
              <Table.Td>
                {townName(item.municipality)}
                <Text size="sm" c="dimmed">
                  {countryName(item.municipality.country)}
                </Text>
                {item.publishAnonymously && (
                  <Text size="sm" fs="italic">
                    {t('moderation.asksAnonymity')}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>{item.outcome && <OutcomeBadge outcome={item.outcome} size="sm" />}</Table.Td>
              <Table.Td>{item.submittedBy?.displayName ?? t('revisions.formerStaff')}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <time dateTime={item.submittedAt} title={formatDateTime(item.submittedAt)}>
                  {t('moderation.waitingSince', { time: formatTimeAgo(item.submittedAt) })}
                </time>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
