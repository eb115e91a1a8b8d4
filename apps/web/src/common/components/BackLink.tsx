import { Anchor } from '@mantine/core';
import { Link } from 'react-router';

/** The small "← Back to …" link above a page's title; not printed. */
export function BackLink({ to, label }: { to: string; label: string }) {
  return (
    <Anchor component={Link} to={to} size="sm" data-print="hide">
      <span aria-hidden="true">← </span>
      {label}
    </Anchor>
  );
}
