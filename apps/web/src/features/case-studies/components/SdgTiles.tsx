import { Box, Group, Text, VisuallyHidden } from '@mantine/core';
import { SDGS } from '@twinning/contracts';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../i18n';
import { sdgColors } from '../utils/presentation';

interface SdgTilesProps {
  sdgs: number[];
  /** `compact`: numbered squares for cards, the names for screen readers and on hover. */
  compact?: boolean;
}

/** The goals a case study serves, as tiles in the UN's colours. */
export function SdgTiles({ sdgs, compact = false }: SdgTilesProps) {
  const { t } = useTranslation();
  const { labelOf } = useFormatters();
  const goals = [...sdgs].sort((a, b) => a - b);
  if (goals.length === 0) return null;

  return (
    <Group component="ul" gap={compact ? 4 : 'xs'} m={0} p={0} style={{ listStyle: 'none' }} aria-label={t('caseStudy.sdgsLabel')}>
      {goals.map((goal) => {
        const label = SDGS.find((sdg) => sdg.number === goal)?.label;
        const name = label ? labelOf(label) : '';
        const { background, text } = sdgColors(goal);
        return (
          <Box
            component="li"
            key={goal}
            title={compact ? t('caseStudy.sdgName', { number: goal, name }) : undefined}
            style={{
              background,
              color: text,
              borderRadius: 'var(--mantine-radius-sm)',
              padding: compact ? '2px 6px' : '6px 10px',
              minWidth: compact ? 28 : 120,
              maxWidth: compact ? undefined : 200,
            }}
          >
            <Text component="span" fw={800} size={compact ? 'sm' : 'lg'} c="inherit">
              <VisuallyHidden>{t('caseStudy.sdgPrefix')} </VisuallyHidden>
              {goal}
            </Text>
            {compact ? (
              <VisuallyHidden>: {name}</VisuallyHidden>
            ) : (
              <Text component="span" size="sm" fw={600} c="inherit" display="block" lh={1.2}>
                {name}
              </Text>
            )}
          </Box>
        );
      })}
    </Group>
  );
}
