import { Button, Group, Stack, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CharacterCount } from '../../../common/components/CharacterCount';
import { FormAlert } from '../../../common/components/FormAlert';
import { useFocusFirstInvalid } from '../../../common/hooks/useFocusFirstInvalid';
import { useUnsavedChangesGuard } from '../../../common/hooks/useUnsavedChangesGuard';
import { describeError } from '../../../common/utils/describe-error';
import { serverFieldErrors } from '../../../common/utils/field-errors';
import { validatePostText } from '../utils/post-form';

interface PostFormProps {
  /** The text field's label, which is also the form's name. */
  label: string;
  submitLabel: string;
  /** The name the API gives the text in a 400's details (`body`, `reason`). */
  field: 'body' | 'reason';
  maxLength: number;
  description?: string;
  pending: boolean;
  /** The last request's failure; the caller leaves out what it explains itself (such as a 409). */
  error: unknown;
  /** `clear` empties the field, for after the text was accepted. */
  onSubmit: (text: string, clear: () => void) => void;
  onCancel?: () => void;
  /** Puts the focus in the field as the form opens: for a form opened by a button, never on page load. */
  autoFocus?: boolean;
}

/** One text and a button: a question, an answer, or the reason for a report. */
export function PostForm({
  label,
  submitLabel,
  field,
  maxLength,
  description,
  pending,
  error,
  onSubmit,
  onCancel,
  autoFocus = false,
}: PostFormProps) {
  const { t } = useTranslation();
  const { formRef, focusFirstInvalid } = useFocusFirstInvalid();
  const [text, setText] = useState('');
  const [clientError, setClientError] = useState<string | undefined>();
  const guard = useUnsavedChangesGuard({ when: text.trim() !== '' });

  const server = serverFieldErrors(error, [field], t);
  const fieldError = clientError ?? server.fields[field];
  const formError = error && !server.fields[field] && server.unmatched.length === 0 ? describeError(error, t) : null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = validatePostText(text, maxLength, t);
    setClientError(found);
    if (found) {
      focusFirstInvalid();
      return;
    }
    onSubmit(text.trim(), () => setText(''));
  };

  return (
    <form ref={formRef} onSubmit={submit} noValidate aria-label={label}>
      <Stack gap="sm">
        <FormAlert messages={[...(formError ? [formError] : []), ...server.unmatched]} />
        <Textarea
          label={label}
          description={
            <CharacterCount value={text} max={maxLength}>
              {description}
            </CharacterCount>
          }
          required
          autosize
          minRows={3}
          value={text}
          onChange={(event) => {
            setText(event.currentTarget.value);
            if (clientError) setClientError(undefined);
          }}
          error={fieldError}
          autoFocus={autoFocus}
        />
        <Group gap="sm">
          <Button type="submit" loading={pending}>
            {submitLabel}
          </Button>
          {onCancel && (
            <Button variant="default" onClick={() => guard.confirmDiscard(onCancel)} disabled={pending}>
              {t('common.cancel')}
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  );
}
