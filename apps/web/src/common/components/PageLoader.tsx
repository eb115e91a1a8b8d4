import { Center, Loader, VisuallyHidden } from '@mantine/core';

/** A page (or a dialog's content) still loading; screen readers hear the label. */
export function PageLoader({ label }: { label: string }) {
  return (
    <Center py="xl" aria-busy="true">
      <Loader aria-hidden="true" />
      <VisuallyHidden role="status">{label}</VisuallyHidden>
    </Center>
  );
}
