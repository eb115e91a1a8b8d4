import { Anchor, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';

interface StatusMessageProps {
  title: string;
  message: string;
  linkTo: string;
  linkLabel: string;
}

/** A whole-page message (not found, bad address) with one way onward. */
export function StatusMessage({ title, message, linkTo, linkLabel }: StatusMessageProps) {
  return (
    <Stack gap="sm" py="xl">
      <Title order={1}>{title}</Title>
      <Text>{message}</Text>
      <Anchor component={Link} to={linkTo}>
        {linkLabel}
      </Anchor>
    </Stack>
  );
}
