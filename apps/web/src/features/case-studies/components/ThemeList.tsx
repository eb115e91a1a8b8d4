import { Badge, Group } from '@mantine/core';
import { THEME_LABELS, type Theme } from '@twinning/contracts';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../i18n';

export function ThemeList({ themes }: { themes: Theme[] }) {
  const { t } = useTranslation();
  const { labelOf } = useFormatters();
  if (themes.length === 0) return null;
  return (
    <Group component="ul" gap="xs" m={0} p={0} style={{ listStyle: 'none' }} aria-label={t('caseStudyFields.themes')}>
      {themes.map((theme) => (
        <li key={theme}>
          <Badge variant="outline" color="gray" tt="none">
            {labelOf(THEME_LABELS[theme])}
          </Badge>
        </li>
      ))}
    </Group>
  );
}
