import { Box, Button, Grid, Select } from '@mantine/core';
import { ACCOUNT_SEARCH_MAX_LENGTH, ACCOUNT_STATUSES, ROLES } from '@twinning/contracts';
import { useTranslation } from 'react-i18next';
import { SearchInput } from '../../../common/components/SearchInput';
import { isOneOf } from '../../../common/utils/is-one-of';
import { type AccountFilters } from '../utils/list-filters';

interface AccountFilterFormProps {
  filters: AccountFilters;
  onChange: (patch: Partial<AccountFilters>, options?: { replace?: boolean }) => void;
  onClear: () => void;
}

export function AccountFilterForm({ filters, onChange, onClear }: AccountFilterFormProps) {
  const { t } = useTranslation();
  const hasFilters = Boolean(filters.status || filters.role || filters.q);
  return (
    <Box component="form" role="search" onSubmit={(event) => event.preventDefault()}>
      <Grid align="flex-end">
        <Grid.Col span={{ base: 12, md: 5 }}>
          <SearchInput
            label={t('adminAccounts.filters.search')}
            placeholder={t('adminAccounts.filters.searchPlaceholder')}
            maxLength={ACCOUNT_SEARCH_MAX_LENGTH}
            value={filters.q}
            onCommit={(q) => onChange({ q }, { replace: true })}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 6, md: 3 }}>
          <Select
            label={t('adminAccounts.filters.status')}
            placeholder={t('adminAccounts.filters.allStatuses')}
            data={ACCOUNT_STATUSES.map((status) => ({ value: status, label: t(`accountStatus.${status}`) }))}
            value={filters.status}
            onChange={(status) => onChange({ status: isOneOf(status, ACCOUNT_STATUSES) ? status : null })}
            clearable
            clearButtonProps={{ 'aria-label': t('adminAccounts.filters.clearStatus') }}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 6, md: 2 }}>
          <Select
            label={t('adminAccounts.filters.role')}
            placeholder={t('adminAccounts.filters.allRoles')}
            data={ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) }))}
            value={filters.role}
            onChange={(role) => onChange({ role: isOneOf(role, ROLES) ? role : null })}
            clearable
            clearButtonProps={{ 'aria-label': t('adminAccounts.filters.clearRole') }}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 2 }}>
          {hasFilters && (
            <Button variant="subtle" onClick={onClear}>
              {t('towns.clearFilters')}
            </Button>
          )}
        </Grid.Col>
      </Grid>
    </Box>
  );
}
