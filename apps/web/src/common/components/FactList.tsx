import { SimpleGrid, Text } from '@mantine/core';
import { type ReactNode } from 'react';

/** Facts about one thing (a town, an account) as a description list in two columns. */
export function FactList({ children }: { children: ReactNode }) {
  return (
    <SimpleGrid component="dl" cols={{ base: 1, sm: 2 }} spacing="md" verticalSpacing="md" m={0}>
      {children}
    </SimpleGrid>
  );
}

/** One term of a `FactList` and its value. */
export function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div>
      <Text component="dt" size="sm" c="dimmed" fw={500}>
        {term}
      </Text>
      <Text component="dd" m={0}>
        {children}
      </Text>
    </div>
  );
}
