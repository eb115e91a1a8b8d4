import { Skeleton, Stack, VisuallyHidden } from '@mantine/core';

/**
 * A part of a page that loads on its own (a list under the page's content) and is not there yet;
 * screen readers hear the label. Whole pages use `PageSkeleton`, tables `TableSkeleton`.
 */
export function SectionSkeleton({ label }: { label: string }) {
  return (
    <Stack gap="sm" aria-busy="true">
      <VisuallyHidden role="status">{label}</VisuallyHidden>
      <Skeleton height={80} aria-hidden="true" />
    </Stack>
  );
}
