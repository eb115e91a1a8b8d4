import { Skeleton, Stack, VisuallyHidden } from '@mantine/core';

const PLACEHOLDER_ROWS = 8;

/** Stands where the table will be; screen readers hear the label instead of empty shapes. */
export function TableSkeleton({ label }: { label: string }) {
  return (
    <Stack gap="sm" aria-busy="true">
      <VisuallyHidden role="status">{label}</VisuallyHidden>
      <Skeleton height={20} width="40%" aria-hidden="true" />
      {Array.from({ length: PLACEHOLDER_ROWS }, (_, row) => (
        <Skeleton key={row} height={36} aria-hidden="true" />
      ))}
    </Stack>
  );
}
