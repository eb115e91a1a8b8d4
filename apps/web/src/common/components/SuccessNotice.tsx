import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface SuccessNoticeProps {
  message: string | null;
  onClose: () => void;
  /** Yellow for an outcome that needs attention ("someone else decided first"). */
  color?: 'green' | 'yellow';
}

/** The outcome of an action on a list page ("Account verified"), announced politely. */
export function SuccessNotice({ message, onClose, color = 'green' }: SuccessNoticeProps) {
  const { t } = useTranslation();
  return (
    <div role="status" aria-live="polite">
      {message && (
        <Alert
          color={color}
          variant="light"
          withCloseButton
          onClose={onClose}
          closeButtonLabel={t('common.dismiss')}
        >
          {message}
        </Alert>
      )}
    </div>
  );
}
