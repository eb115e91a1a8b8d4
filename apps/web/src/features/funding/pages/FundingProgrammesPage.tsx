import { Anchor, Badge, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { FUNDING_PROGRAMME_KIND_LABELS, THEME_LABELS } from '@twinning/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorState } from '../../../common/components/ErrorState';
import { PageSkeleton } from '../../../common/components/PageSkeleton';
import { usePageTitle } from '../../../common/hooks/usePageTitle';
import { useFormatters } from '../../../i18n/useFormatters';
import { useSession } from '../../auth/hooks/useSession';
import { canModerate } from '../../auth/utils/permissions';
import { ThemeFilter } from '../components/ThemeFilter';
import { useFundingProgrammes } from '../hooks/useFunding';
import { useThemeFilter } from '../hooks/useThemeFilter';

/** The catalogue of funding programmes, narrowed by theme. */
export function FundingProgrammesPage() {
  const { t } = useTranslation();
  const { labelOf } = useFormatters();
  const { account } = useSession();
  usePageTitle(t('funding.title'));
  const [theme, setTheme] = useThemeFilter();
  const programmes = useFundingProgrammes(theme ? { theme } : {});

  return (
    <Stack gap="lg">
      <div>
        <Title order={1}>{t('funding.title')}</Title>
        <Text c="dimmed">{t('funding.intro')}</Text>
        <Group gap="md">
          <Anchor component={Link} to={theme ? `/funding/calls?theme=${theme}` : '/funding/calls'}>
            {t('funding.calendarLink')}
          </Anchor>
          <Anchor component={Link} to={theme ? `/partner-requests?theme=${theme}` : '/partner-requests'}>
            {t('funding.partnerSearchLink')}
          </Anchor>
        </Group>
      </div>
      <Group justify="space-between" align="flex-end">
        <ThemeFilter theme={theme} onChange={setTheme} />
        {account && canModerate(account) && (
          <Button component={Link} to="/funding/programmes/new">
            {t('funding.programmeForm.createTitle')}
          </Button>
        )}
      </Group>
      {programmes.isPending ? (
        <PageSkeleton label={t('funding.loading')} />
      ) : programmes.isError ? (
        <ErrorState title={t('funding.loadError')} error={programmes.error} onRetry={() => void programmes.refetch()} />
      ) : programmes.data.length === 0 ? (
        <Text role="status">{t('funding.noProgrammes')}</Text>
      ) : (
        <SimpleGrid component="ul" cols={{ base: 1, md: 2 }} m={0} p={0} style={{ listStyle: 'none' }}>
          {programmes.data.map((programme) => (
            <Paper component="li" withBorder p="md" key={programme.id}>
              <Anchor component={Link} to={`/funding/programmes/${programme.id}`} fw={600}>
                {programme.name}
              </Anchor>
              <Text size="sm" c="dimmed">
                {programme.funder}
              </Text>
              <Group gap={4} mt="xs">
                <Badge variant="filled">{labelOf(FUNDING_PROGRAMME_KIND_LABELS[programme.kind])}</Badge>
                {programme.themes.map((value) => (
                  <Badge key={value} variant="light">
                    {labelOf(THEME_LABELS[value])}
                  </Badge>
                ))}
              </Group>
            </Paper>
          ))}
        </SimpleGrid>
      )}
    </Stack>
  );
}
