import { Skeleton, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** A map not drawn yet: its shape for the eye, a status line for screen readers (a bare skeleton may not carry a label). */
export function MapSkeleton({ height, animate = true }: { height: number | string; animate?: boolean }) {
  const { t } = useTranslation();
  return (
    <div aria-busy="true">
      <VisuallyHidden role="status">{t('map.loading')}</VisuallyHidden>
      <Skeleton height={height} radius="md" animate={animate} aria-hidden="true" />
    </div>
  );
}
