import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface SuccessNoticeProps {
  message: string | null;
  onClose: () => void;
}

/** The outcome of an action on a list page ("Account verified"), announced politely. */
export function SuccessNotice({ message, onClose }: SuccessNoticeProps) {
  const { t } = useTranslation();
  return (
    <div role="status" aria-live="polite">
      {message && (
        <Alert
          color="green"
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
