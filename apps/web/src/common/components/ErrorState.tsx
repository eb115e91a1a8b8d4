import { Alert, Button, Text } from '@mantine/core';
import { type TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../lib/api-client';

interface ErrorStateProps {
  title: string;
  error: unknown;
  onRetry: () => void;
}

/** A failed request: what failed, why in plain words, and a way to try again. */
export function ErrorState({ title, error, onRetry }: ErrorStateProps) {
  const { t } = useTranslation();
  return (
    <Alert color="red" variant="light" title={title} role="alert">
      <Text size="sm" mb="sm">
        {describeError(error, t)}
      </Text>
      <Button variant="default" size="xs" onClick={onRetry}>
        {t('common.retry')}
      </Button>
    </Alert>
  );
}

function describeError(error: unknown, t: TFunction): string {
  if (!(error instanceof ApiError) || error.status === 0) return t('common.networkError');
  if (error.status >= 500) return t('common.unexpectedError');
  // A 4xx carries the API's own explanation, which is more useful than anything generic.
  return error.body.details?.map((detail) => `${detail.field}: ${detail.reason}`).join('; ') || error.body.message;
}
