import { Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useSignOut } from '../hooks/useSignOut';

interface SignOutButtonProps {
  /** Where to go once signed out; null stays on the page (which then shows what a visitor sees). */
  redirectTo?: string | null;
}

export function SignOutButton({ redirectTo = '/' }: SignOutButtonProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const signOut = useSignOut();
  return (
    <Group gap="xs" wrap="nowrap">
      <Button
        variant="subtle"
        size="compact-sm"
        loading={signOut.isPending}
        onClick={() =>
          // Not mutate()'s own onSuccess: signing out removes this button from the header, and a
          // callback of an unmounted button may never run (it did not once pages loaded lazily).
          signOut.mutateAsync().then(
            () => {
              if (redirectTo !== null) void navigate(redirectTo);
            },
            // Shown below from the mutation's state.
            () => undefined,
          )
        }
      >
        {t('nav.signOut')}
      </Button>
      {signOut.isError && (
        <Text size="sm" c="red" role="alert">
          {t('nav.signOutFailed')}
        </Text>
      )}
    </Group>
  );
}
