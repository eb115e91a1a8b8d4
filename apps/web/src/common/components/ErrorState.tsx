import { Alert, Button, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { describeError } from '../utils/describe-error';

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
