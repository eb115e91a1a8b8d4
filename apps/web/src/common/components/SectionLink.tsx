import { Anchor, type MantineSize } from '@mantine/core';
import { Link, useLocation } from 'react-router';

interface SectionLinkProps {
  to: string;
  label: string;
  size?: MantineSize;
  /** Whether the link is the page shown; by default when the path is `to` itself. */
  current?: boolean;
  /** Whether the page shown lies in the link's section; by default when the path is below `to`. */
  inSection?: boolean;
}

/**
 * A navigation list item: marked as the current page at its own path, and underlined anywhere
 * in its section.
 */
export function SectionLink({ to, label, size, current, inSection }: SectionLinkProps) {
  const { pathname } = useLocation();
  const isCurrent = current ?? pathname === to;
  const isInSection = inSection ?? pathname.startsWith(`${to}/`);
  return (
    <li>
      <Anchor
        component={Link}
        to={to}
        size={size}
        fw={500}
        underline={isCurrent || isInSection ? 'always' : 'hover'}
        aria-current={isCurrent ? 'page' : undefined}
      >
        {label}
      </Anchor>
    </li>
  );
}
