import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../i18n';
import { type LocalCopy } from '../utils/local-copy';

interface LocalCopyOfferProps {
  copy: LocalCopy;
  /** The version of the working copy that was just opened. */
  currentVersion: number;
  onRestore: () => void;
  onDiscard: () => void;
}

/**
 * Offers back what this browser kept from an earlier visit that the server never got (a reload,
 * a crash, a refused field). It takes the focus when the form opens, so nobody types past it.
 */
export function LocalCopyOffer({ copy, currentVersion, onRestore, onDiscard }: LocalCopyOfferProps) {
  const { t } = useTranslation();
  const { formatDateTime } = useFormatters();
  const alert = useRef<HTMLDivElement>(null);
  useEffect(() => alert.current?.focus(), []);
  return (
    <Alert ref={alert} tabIndex={-1} color="blue" variant="light" role="alert" title={t('caseStudyLocalCopy.offerTitle')}>
      <Stack gap="sm" align="flex-start">
        <Text size="sm">{t('caseStudyLocalCopy.offerMessage', { time: formatDateTime(copy.savedAt) })}</Text>
        {copy.version !== currentVersion && <Text size="sm">{t('caseStudyLocalCopy.offerNewerVersion')}</Text>}
        <Group gap="sm">
          <Button onClick={onRestore}>{t('caseStudyLocalCopy.restore')}</Button>
          <Button variant="default" onClick={onDiscard}>
            {t('caseStudyLocalCopy.discard')}
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}
