import { Anchor, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorState } from '../../../common/components/ErrorState';
import { useFormatters } from '../../../i18n';
import { useTranslationQueue } from '../hooks/useTranslations';
import { townName } from '../../municipalities/utils/town-name';

/** The translations waiting for a moderator, longest waiting first: the first page, beside the case studies' queue. */
export function TranslationQueue() {
  const { t } = useTranslation();
  const { languageName, formatTimeAgo, formatDateTime } = useFormatters();
  const queue = useTranslationQueue({ page: 1 });
  return (
    <Stack gap="sm" component="section" aria-labelledby="translation-queue-title">
      <Title order={2} id="translation-queue-title">
        {t('translations.queueTitle')}
      </Title>
      {queue.isError ? (
        <ErrorState title={t('translations.queueLoadError')} error={queue.error} onRetry={() => void queue.refetch()} />
      ) : queue.isPending ? (
        <Text>{t('translations.queueLoading')}</Text>
      ) : queue.data.items.length === 0 ? (
        <Paper withBorder p="md">
          <Text>{t('translations.queueEmpty')}</Text>
        </Paper>
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('moderation.table.caseStudy')}</Table.Th>
                <Table.Th scope="col">{t('translations.queueLanguages')}</Table.Th>
                <Table.Th scope="col">{t('translations.queueTranslator')}</Table.Th>
                <Table.Th scope="col">{t('moderation.table.waiting')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {queue.data.items.map((item) => (
                <Table.Tr key={item.revisionId}>
                  <Table.Th scope="row" fw="normal">
                    <Anchor component={Link} to={`/moderation/translations/${item.revisionId}`} fw={600}>
                      {item.title}
                    </Anchor>
                    {item.update && (
                      <Text size="xs" c="dimmed">
                        {t('translations.queueUpdate')}
                      </Text>
                    )}
                  </Table.Th>
                  <Table.Td>{t('translations.fromTo', { from: languageName(item.originalLanguage), to: languageName(item.language) })}</Table.Td>
                  <Table.Td>{townName(item.translator)}</Table.Td>
                  <Table.Td>
                    <time dateTime={item.submittedAt} title={formatDateTime(item.submittedAt)}>
                      {formatTimeAgo(item.submittedAt)}
                    </time>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
