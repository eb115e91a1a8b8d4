import { Alert, Anchor, Button, Paper, Stack, Text } from '@mantine/core';
import { AdaptationErrorCode, type Account, type Adaptation } from '@twinning/contracts';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { describeError } from '../../../common/utils/describe-error';
import { ApiError } from '../../../lib/api-client';
import { canWriteUpAdaptation } from '../../auth/utils/permissions';
import { useWriteUpAdaptation } from '../hooks/useAdaptationMutations';
import { isFinalStatus } from '../utils/adaptation-status';

interface AdaptationWriteUpProps {
  adaptation: Adaptation;
  account: Account | null;
}

/**
 * A finished adaptation told as a case study of its own: the link to it once there is one, or,
 * for the adapting town's staff, the button that starts it (a draft pre-filled from the adaptation).
 */
export function AdaptationWriteUp({ adaptation, account }: AdaptationWriteUpProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const writeUp = useWriteUpAdaptation(adaptation.id);
  const ownTown = canWriteUpAdaptation(account, adaptation.municipality.id);

  if (adaptation.writeUp) {
    const { caseStudyId, status } = adaptation.writeUp;
    const continuing = ownTown && (status === 'draft' || status === 'changes_requested');
    return (
      <Text>
        <Anchor component={Link} to={continuing ? `/case-studies/${caseStudyId}/edit` : `/case-studies/${caseStudyId}`} fw={600}>
          {continuing ? t('adaptationWriteUp.continue') : t('adaptationWriteUp.read')}
        </Anchor>
      </Text>
    );
  }
  if (!ownTown || !isFinalStatus(adaptation.status)) return null;

  const refused = writeUp.error instanceof ApiError ? writeUp.error.code : null;
  return (
    <Paper withBorder p="md">
      <Stack gap="sm" align="flex-start">
        <Text>{t(`adaptationWriteUp.intro.${adaptation.status === 'implemented' ? 'implemented' : 'discontinued'}`)}</Text>
        {writeUp.isError && (
          <Alert color="red" variant="light" role="alert">
            {refused === AdaptationErrorCode.NotFinished
              ? t('adaptationWriteUp.notFinished')
              : refused === AdaptationErrorCode.AlreadyWrittenUp
                ? t('adaptationWriteUp.alreadyWrittenUp')
                : describeError(writeUp.error, t)}
          </Alert>
        )}
        <Button
          loading={writeUp.isPending}
          onClick={() => writeUp.mutate(undefined, { onSuccess: (caseStudy) => void navigate(`/case-studies/${caseStudy.id}/edit`) })}
        >
          {t('adaptationWriteUp.start')}
        </Button>
      </Stack>
    </Paper>
  );
}
