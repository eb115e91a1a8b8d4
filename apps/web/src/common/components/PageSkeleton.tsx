import { Skeleton, Stack, VisuallyHidden } from '@mantine/core';

/** The shape of a page whose content is still loading: a heading and a body; screen readers hear the label. */
export function PageSkeleton({ label }: { label: string }) {
  return (
    <Stack gap="md" aria-busy="true">
      <VisuallyHidden role="status">{label}</VisuallyHidden>
      <Skeleton height={36} width="60%" aria-hidden="true" />
      <Skeleton height={240} aria-hidden="true" />
    </Stack>
  );
}
