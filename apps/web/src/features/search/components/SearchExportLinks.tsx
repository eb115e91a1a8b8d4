import { Accordion, Anchor, Box, Button, Code, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { ApiRoutes, EXPORT_COLUMNS, EXPORT_FORMATS, EXPORT_MAX_RECORDS, OPEN_DATA_LICENCE, type SearchQuery } from '@twinning/contracts';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../i18n';
import { searchExportUrl } from '../api/search.api';

/**
 * The search's matches as an open-data file (CSV or JSON), with what the file holds. Plain links,
 * not requests of the app: the API answers with the file to save.
 */
export function SearchExportLinks({ query }: { query: SearchQuery }) {
  const { t } = useTranslation();
  const { formatNumber } = useFormatters();
  const headingId = useId();

  return (
    <Paper component="section" aria-labelledby={headingId} withBorder p="md">
      <Stack gap="sm">
        <Title order={2} size="h5" id={headingId}>
          {t('search.export.title')}
        </Title>
        <Text size="sm">{t('search.export.note', { max: formatNumber(EXPORT_MAX_RECORDS) })}</Text>
        <Text size="sm">
          <Anchor href={OPEN_DATA_LICENCE.url} rel="license">
            {t('search.export.licence')}
          </Anchor>
        </Text>
        <Group gap="sm">
          {EXPORT_FORMATS.map((format) => (
            <Button key={format} component="a" href={searchExportUrl(query, format)} download variant="light" size="sm">
              {t(`search.export.formats.${format}`)}
            </Button>
          ))}
        </Group>
        <Accordion order={3} chevronPosition="left" variant="default">
          <Accordion.Item value="columns">
            <Accordion.Control>{t('search.export.fileTitle')}</Accordion.Control>
            <Accordion.Panel>
              <Text size="sm" mb="xs">
                {t('search.export.fileFormat')}
              </Text>
              <Box component="dl" m={0} style={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', gap: '4px 12px' }}>
                {EXPORT_COLUMNS.map((column) => (
                  <Box key={column} style={{ display: 'contents' }}>
                    <Box component="dt">
                      <Code>{column}</Code>
                    </Box>
                    <Text component="dd" size="sm" m={0}>
                      {t(`search.export.columns.${column}`)}
                    </Text>
                  </Box>
                ))}
              </Box>
            </Accordion.Panel>
          </Accordion.Item>
        </Accordion>
        <Anchor href={ApiRoutes.openDataCatalog} size="sm" type="application/ld+json">
          {t('search.export.catalog')}
        </Anchor>
      </Stack>
    </Paper>
  );
}
