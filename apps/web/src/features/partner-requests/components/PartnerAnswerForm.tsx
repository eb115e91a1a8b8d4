import { Button, Stack, Textarea } from '@mantine/core';
import { PARTNER_REQUEST_LIMITS } from '@twinning/contracts';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CharacterCount } from '../../../common/components/CharacterCount';
import { FormAlert } from '../../../common/components/FormAlert';
import { useUnsavedChangesGuard } from '../../../common/hooks/useUnsavedChangesGuard';
import { describeError } from '../../../common/utils/describe-error';
import { useAnswerPartnerRequest } from '../hooks/usePartnerRequests';

/** Staff of another town answer an open request: their interest and a message. */
export function PartnerAnswerForm({ requestId }: { requestId: string }) {
  const { t } = useTranslation();
  const answer = useAnswerPartnerRequest(requestId);
  const [message, setMessage] = useState('');
  const [error, setError] = useState<string | null>(null);
  const guard = useUnsavedChangesGuard({ when: message.trim() !== '' });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!message.trim()) {
      setError(t('forms.required'));
      return;
    }
    setError(null);
    answer.mutate({ message: message.trim() }, { onSuccess: () => guard.release() });
  };

  return (
    <form onSubmit={submit} noValidate aria-label={t('partnerRequests.answerForm.title')}>
      <Stack gap="sm">
        <FormAlert messages={[answer.error ? describeError(answer.error, t) : null]} />
        <Textarea
          label={t('partnerRequests.answerForm.message')}
          description={<CharacterCount value={message} max={PARTNER_REQUEST_LIMITS.messageMaxLength}>{t('partnerRequests.answerForm.hint')}</CharacterCount>}
          required
          autosize
          minRows={3}
          value={message}
          onChange={(event) => setMessage(event.currentTarget.value)}
          error={error}
        />
        <div>
          <Button type="submit" loading={answer.isPending}>
            {t('partnerRequests.answerForm.submit')}
          </Button>
        </div>
      </Stack>
    </form>
  );
}
