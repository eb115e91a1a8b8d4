import { Anchor, Code, Stack, Table, Text } from '@mantine/core';
import { type AuditEvent } from '@twinning/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormatters } from '../../../i18n';
import { auditActionKey, auditChanges, auditEntityTypeKey } from '../utils/audit';

interface AuditEventTableProps {
  events: AuditEvent[];
  caption: string;
}

export function AuditEventTable({ events, caption }: AuditEventTableProps) {
  const { t } = useTranslation();
  const { formatDateTime } = useFormatters();
  return (
    <Table.ScrollContainer minWidth={860}>
      <Table striped captionSide="top" verticalSpacing="sm">
        <Table.Caption style={{ textAlign: 'start' }}>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('adminAudit.table.when')}</Table.Th>
            <Table.Th scope="col">{t('adminAudit.table.who')}</Table.Th>
            <Table.Th scope="col">{t('adminAudit.table.what')}</Table.Th>
            <Table.Th scope="col">{t('adminAudit.table.entity')}</Table.Th>
            <Table.Th scope="col">{t('adminAudit.table.changes')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {events.map((event) => {
            const actionKey = auditActionKey(event.action);
            const typeKey = auditEntityTypeKey(event.entityType);
            const typeName = typeKey ? t(typeKey) : event.entityType;
            const name = event.entityLabel ?? event.entityId;
            return (
              <Table.Tr key={event.id}>
                <Table.Th scope="row" fw="normal" style={{ whiteSpace: 'nowrap' }}>
                  <time dateTime={event.createdAt}>{formatDateTime(event.createdAt)}</time>
                </Table.Th>
                <Table.Td>{event.actor?.displayName ?? <Text c="dimmed">{t('adminAudit.system')}</Text>}</Table.Td>
                <Table.Td>
                  {actionKey ? t(actionKey) : event.action}
                  <Text size="xs" c="dimmed">
                    <Code>{event.action}</Code>
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Anchor component={Link} to={historyLink(event)} size="sm" aria-label={t('adminAudit.historyOf', { type: typeName, id: name })}>
                    {event.entityLabel ?? t('adminAudit.gone')}
                  </Anchor>
                  <Text size="xs" c="dimmed">
                    {typeName} <Code>{event.entityId.slice(0, 8)}</Code>
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Stack gap={2}>
                    {auditChanges(event).map((change) => (
                      <Text size="sm" key={change.field}>
                        <strong>{change.field}</strong>: {change.before ?? '—'} → {change.after ?? '—'}
                      </Text>
                    ))}
                  </Stack>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** This page, filtered to the history of the event's thing. */
function historyLink(event: AuditEvent): string {
  return `?${new URLSearchParams({ entityType: event.entityType, entityId: event.entityId }).toString()}`;
}
