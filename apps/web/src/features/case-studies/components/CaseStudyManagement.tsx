import { Alert, Anchor, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { type Account, type CaseStudyDetail } from '@twinning/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ConfirmDialog } from '../../../common/components/ConfirmDialog';
import { describeError } from '../../../common/utils/describe-error';
import { canAdminister, canModerate, ownsCaseStudy } from '../../auth/utils/permissions';
import { useArchiveCaseStudy, useDeleteCaseStudy, useFeatureCaseStudy } from '../hooks/useCaseStudyMutations';
import { isEditable } from '../utils/presentation';
import { CaseStudyStatusBadge } from './CaseStudyStatusBadge';
import { DecisionDetails } from './DecisionDetails';

interface CaseStudyManagementProps {
  detail: CaseStudyDetail;
  account: Account;
  onNotice: (message: string) => void;
}

/**
 * What the owning municipality's staff, moderators and admins see above a case study: its status,
 * the latest decision with the moderator's rubric, and what they may do next.
 */
export function CaseStudyManagement({ detail, account, onNotice }: CaseStudyManagementProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const owner = ownsCaseStudy(account, detail.municipality?.id);
  const moderator = canModerate(account);
  const feature = useFeatureCaseStudy(detail.id);
  const archive = useArchiveCaseStudy(detail.id);
  const remove = useDeleteCaseStudy(detail.id);
  const [confirmArchive, setConfirmArchive] = useState(false);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const beingRevised = detail.published !== null && detail.status !== 'published' && detail.status !== 'archived';
  const mayFeature = moderator && detail.published !== null && detail.status !== 'archived';
  const mayArchive = detail.status === 'published' && (owner || canAdminister(account));
  // Its town deletes a draft never published (and not waiting for a moderator); an admin any case study.
  const ownDraft = owner && detail.published === null && detail.status !== 'submitted';
  const mayDelete = ownDraft || canAdminister(account);

  const toggleFeatured = () =>
    feature.mutate(!detail.featured, {
      onSuccess: () => onNotice(t(detail.featured ? 'caseStudyPage.unfeatured' : 'caseStudyPage.featuredNotice')),
    });
  const closeArchive = () => {
    setConfirmArchive(false);
    archive.reset();
  };

  return (
    <Paper component="aside" withBorder p="md" aria-label={t('caseStudyPage.managementLabel')}>
      <Stack gap="sm">
        <Group gap="xs">
          <Text fw={600}>{t('caseStudyPage.status')}</Text>
          <CaseStudyStatusBadge status={detail.status} />
        </Group>
        <Text size="sm">{t(`caseStudyPage.statusHelp.${detail.status}`)}</Text>
        {beingRevised && <Text size="sm">{t('caseStudyPage.publishedStaysPublic')}</Text>}
        {detail.latestDecision && (
          <Stack gap={4}>
            <Text fw={600}>{t('caseStudyPage.latestDecision')}</Text>
            <DecisionDetails decision={detail.latestDecision} />
          </Stack>
        )}
        {feature.isError && (
          <Alert color="red" variant="light" role="alert">
            {describeError(feature.error, t)}
          </Alert>
        )}
        <Group gap="sm">
          {owner && isEditable(detail.status) && (
            // A button, as the form's own controls are: browser tests and people look for "the Edit button".
            <Button onClick={() => void navigate(`/case-studies/${detail.id}/edit`)}>{t('caseStudyPage.edit')}</Button>
          )}
          {mayFeature && (
            <Button variant="default" onClick={toggleFeatured} loading={feature.isPending}>
              {detail.featured ? t('caseStudyPage.unfeature') : t('caseStudyPage.feature')}
            </Button>
          )}
          {mayArchive && (
            <Button variant="subtle" color="red" onClick={() => setConfirmArchive(true)}>
              {t('caseStudyPage.archive')}
            </Button>
          )}
          {mayDelete && (
            <Button variant="subtle" color="red" onClick={() => setConfirmDelete(true)}>
              {ownDraft ? t('caseStudyPage.deleteDraft') : t('caseStudyPage.delete')}
            </Button>
          )}
          <Anchor component={Link} to={`/case-studies/${detail.id}/revisions`}>
            {t('caseStudyPage.revisionHistory')}
          </Anchor>
        </Group>
      </Stack>
      <ConfirmDialog
        opened={confirmArchive}
        title={t('caseStudyPage.archiveTitle')}
        message={t('caseStudyPage.archiveMessage')}
        confirmLabel={t('caseStudyPage.archive')}
        danger
        busy={archive.isPending}
        error={archive.error ? describeError(archive.error, t) : null}
        onConfirm={() =>
          archive.mutate(undefined, {
            onSuccess: () => {
              onNotice(t('caseStudyPage.archived'));
              closeArchive();
            },
          })
        }
        onCancel={closeArchive}
      />
      <ConfirmDialog
        opened={confirmDelete}
        title={t('caseStudyPage.deleteTitle', { title: detail.draft?.content.title || detail.published?.content.title || '' })}
        message={ownDraft ? t('caseStudyPage.deleteMessage') : t('caseStudyPage.deleteMessageAdmin')}
        confirmLabel={ownDraft ? t('caseStudyPage.deleteDraft') : t('caseStudyPage.delete')}
        danger
        busy={remove.isPending}
        error={remove.error ? describeError(remove.error, t) : null}
        onConfirm={() => remove.mutate(undefined, { onSuccess: () => void navigate(owner ? '/my-municipality' : '/case-studies', { replace: true }) })}
        onCancel={() => {
          setConfirmDelete(false);
          remove.reset();
        }}
      />
    </Paper>
  );
}
