import { Alert, List } from '@mantine/core';

interface FormAlertProps {
  title?: string;
  messages: string[];
}

/** What went wrong with a whole form (or with fields it does not show), above its fields. */
export function FormAlert({ title, messages }: FormAlertProps) {
  if (messages.length === 0) return null;
  return (
    <Alert color="red" variant="light" title={title} role="alert">
      {messages.length === 1 ? (
        messages[0]
      ) : (
        <List size="sm">
          {messages.map((message) => (
            <List.Item key={message}>{message}</List.Item>
          ))}
        </List>
      )}
    </Alert>
  );
}
