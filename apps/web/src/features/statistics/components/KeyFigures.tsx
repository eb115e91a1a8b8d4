import { Box, Paper, SimpleGrid, Text } from '@mantine/core';
import { useFormatters } from '../../../i18n';

export interface KeyFigure {
  key: string;
  label: string;
  value: number;
}

/** The few totals the charts break down, as a description list: each figure under its name. */
export function KeyFigures({ figures }: { figures: readonly KeyFigure[] }) {
  const { formatNumber } = useFormatters();
  return (
    <SimpleGrid component="dl" cols={{ base: 1, xs: figures.length }} spacing="md" m={0}>
      {figures.map((figure) => (
        <Paper key={figure.key} withBorder p="md">
          <Text component="dt" size="sm" c="dimmed">
            {figure.label}
          </Text>
          <Box component="dd" m={0}>
            <Text span fw={700} fz={28} lh={1.2}>
              {formatNumber(figure.value)}
            </Text>
          </Box>
        </Paper>
      ))}
    </SimpleGrid>
  );
}
