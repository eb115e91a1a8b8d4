import { Select } from '@mantine/core';
import { type Theme, THEME_LABELS, THEMES } from '@twinning/contracts';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../i18n/useFormatters';

export function ThemeFilter({ theme, onChange }: { theme: Theme | undefined; onChange: (theme: string | null) => void }) {
  const { t } = useTranslation();
  const { labelOf, compareText } = useFormatters();
  const options = THEMES.map((value) => ({ value, label: labelOf(THEME_LABELS[value]) })).sort((a, b) => compareText(a.label, b.label));
  return (
    <Select
      label={t('funding.themeLabel')}
      placeholder={t('funding.themePlaceholder')}
      data={options}
      value={theme ?? null}
      onChange={onChange}
      clearable
      clearButtonProps={{ 'aria-label': t('funding.clearTheme') }}
      maw={360}
    />
  );
}
