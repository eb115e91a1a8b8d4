import { Alert, List } from '@mantine/core';

interface FormAlertProps {
  title?: string;
  /** Empty entries are left out, so a form passes its error (or null) and the server's unmatched details as they are. */
  messages: readonly (string | null | undefined)[];
}

/** What went wrong with a whole form (or with fields it does not show), above its fields. */
export function FormAlert({ title, messages }: FormAlertProps) {
  const shown = messages.filter((message): message is string => Boolean(message));
  if (shown.length === 0) return null;
  return (
    <Alert color="red" variant="light" title={title} role="alert">
      {shown.length === 1 ? (
        shown[0]
      ) : (
        <List size="sm">
          {shown.map((message) => (
            <List.Item key={message}>{message}</List.Item>
          ))}
        </List>
      )}
    </Alert>
  );
}
