import { Button, Group, Paper, Text } from '@mantine/core';
import { type FundingProgrammeDetail } from '@twinning/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { describeError } from '../../../common/utils/describe-error';
import { canModerate } from '../../auth/utils/permissions';
import { useSession } from '../../auth/hooks/useSession';
import { useArchiveFundingProgramme } from '../hooks/useFunding';
import { FundingCallForm } from './FundingCallForm';

/** What moderators (and admins) may do on a programme's page: add a call, edit, archive or restore it. */
export function ModeratorProgrammeActions({ programme }: { programme: FundingProgrammeDetail }) {
  const { t } = useTranslation();
  const { account } = useSession();
  const archive = useArchiveFundingProgramme();
  const [addingCall, setAddingCall] = useState(false);
  if (!account || !canModerate(account)) return null;

  return (
    <Paper withBorder p="md" component="section" aria-label={t('funding.moderation')}>
      {addingCall ? (
        <FundingCallForm programmeId={programme.id} onDone={() => setAddingCall(false)} />
      ) : (
        <Group gap="sm">
          <Button onClick={() => setAddingCall(true)}>{t('funding.addCall')}</Button>
          <Button component={Link} to={`/funding/programmes/${programme.id}/edit`} variant="default">
            {t('funding.editProgramme')}
          </Button>
          <Button variant="default" loading={archive.isPending} onClick={() => archive.mutate({ id: programme.id, archived: !programme.archived })}>
            {programme.archived ? t('funding.restore') : t('funding.archive')}
          </Button>
        </Group>
      )}
      {archive.error && (
        <Text c="red" role="alert" mt="sm">
          {describeError(archive.error, t)}
        </Text>
      )}
    </Paper>
  );
}
