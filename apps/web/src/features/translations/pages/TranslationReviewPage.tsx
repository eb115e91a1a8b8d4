import { Alert, Button, Grid, Paper, Radio, Stack, Text, Textarea, Title } from '@mantine/core';
import { CASE_STUDY_LIMITS, CaseStudyErrorCode, TRANSLATION_DECISIONS, type TranslatedTextKey, type TranslationDecisionKind, type TranslationRevision } from '@twinning/contracts';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { ErrorState } from '../../../common/components/ErrorState';
import { FormAlert } from '../../../common/components/FormAlert';
import { PageSkeleton } from '../../../common/components/PageSkeleton';
import { StatusMessage } from '../../../common/components/StatusMessage';
import { usePageTitle } from '../../../common/hooks/usePageTitle';
import { describeError } from '../../../common/utils/describe-error';
import { isOneOf } from '../../../common/utils/is-one-of';
import { isUuid } from '../../../common/utils/uuid';
import { useFormatters } from '../../../i18n';
import { ApiError, isMissing } from '../../../lib/api-client';
import { fieldLabel } from '../../case-studies/utils/content-fields';
import { contentFieldName, IdentifyingTermsFound } from '../../moderation/components/AnonymityCheck';
import { type ModerationQueueState } from '../../moderation/pages/ModerationQueuePage';
import { TranslatedText } from '../components/TranslatedText';
import { useDecideTranslation, useTranslationRevision } from '../hooks/useTranslations';
import { BackLink } from '../../../common/components/BackLink';

/** A translation revision beside the original it translates, text by text, with the decision form. */
export function TranslationReviewPage() {
  const { t } = useTranslation();
  const { revisionId = '' } = useParams();
  const revision = useTranslationRevision(revisionId);
  usePageTitle(revision.data ? t('translations.reviewTitle', { title: revision.data.originalTexts.title }) : t('review.loading'));
  if (!isUuid(revisionId) || isMissing(revision.error)) {
    return <StatusMessage title={t('revisions.notFoundTitle')} message={t('revisions.notFoundMessage')} linkTo="/moderation" linkLabel={t('review.backToQueue')} />;
  }
  if (revision.isError) return <ErrorState title={t('revisions.loadError')} error={revision.error} onRetry={() => void revision.refetch()} />;
  if (revision.isPending) return <PageSkeleton label={t('review.loading')} />;
  return <TranslationReview revision={revision.data} />;
}

function TranslationReview({ revision }: { revision: TranslationRevision }) {
  const { t } = useTranslation();
  const { languageName, formatDateTime } = useFormatters();
  const navigate = useNavigate();
  const decide = useDecideTranslation(revision.id);
  const [decision, setDecision] = useState<TranslationDecisionKind | null>(null);
  const [comment, setComment] = useState('');
  const [commentError, setCommentError] = useState<string | null>(null);
  // Every text of the original, its lists' too; one a translation written before lists were translated lacks is empty beside it.
  const fields = (Object.keys(revision.originalTexts) as TranslatedTextKey[]).filter((field) => revision.originalTexts[field]?.trim() || revision.texts[field]?.trim());
  const decided = revision.status !== 'submitted';
  const decideError =
    decide.error instanceof ApiError && decide.error.code === CaseStudyErrorCode.AlreadyDecided ? t('translations.alreadyDecided') : decide.error ? describeError(decide.error, t) : null;

  const send = (event: FormEvent) => {
    event.preventDefault();
    if (!decision) return;
    if (decision === 'reject' && !comment.trim()) {
      setCommentError(t('translations.reasonRequired'));
      return;
    }
    setCommentError(null);
    decide.mutate(
      { decision, comment },
      {
        onSuccess: () => {
          const state: ModerationQueueState = { notice: t(decision === 'approve' ? 'translations.approvedNotice' : 'translations.rejectedNotice', { title: revision.originalTexts.title }) };
          void navigate('/moderation', { state });
        },
      },
    );
  };

  return (
    <Stack gap="lg">
      <div>
        <BackLink to="/moderation" label={t('review.backToQueue')} />
        <Title order={1} mt="xs">
          {t('translations.reviewTitle', { title: revision.originalTexts.title })}
        </Title>
        <Text c="dimmed">
          {t('translations.reviewIntro', {
            from: languageName(revision.originalLanguage),
            to: languageName(revision.language),
            town: revision.translator?.nameLocal ?? t('translations.someTown'),
            date: formatDateTime(revision.submittedAt),
          })}
        </Text>
      </div>
      {decided && (
        <Alert color="blue" variant="light" title={t(revision.status === 'approved' ? 'translations.statusApproved' : 'translations.statusRejected')}>
          {revision.decisionComment}
        </Alert>
      )}
      {revision.anonymous && (
        <Alert color="orange" variant="light" title={t('translations.anonymityTitle')}>
          <Stack gap="sm">
            <Text size="sm">{t('translations.anonymityIntro')}</Text>
            <IdentifyingTermsFound terms={revision.identifyingTerms} texts={revision.texts} fieldName={(field) => contentFieldName(field, t)} />
          </Stack>
        </Alert>
      )}
      {fields.map((field) => (
        <Paper key={field} withBorder p="md" component="section" aria-label={fieldLabel(field, t)}>
          <Title order={2} size="h5" mb="xs">
            {fieldLabel(field, t)}
          </Title>
          <Grid>
            <Grid.Col span={{ base: 12, md: 6 }}>
              <Text size="xs" c="dimmed">
                {t('translations.originalColumn', { language: languageName(revision.originalLanguage) })}
              </Text>
              <TranslatedText field={field} text={revision.originalTexts[field] ?? ''} lang={revision.originalLanguage} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 6 }}>
              <Text size="xs" c="dimmed">
                {t('translations.translationColumn', { language: languageName(revision.language) })}
              </Text>
              <TranslatedText field={field} text={revision.texts[field] ?? ''} lang={revision.language} />
            </Grid.Col>
          </Grid>
        </Paper>
      ))}
      {!decided && (
        <Paper withBorder p="lg">
          <form onSubmit={send} noValidate>
            <Stack gap="md">
              <Radio.Group
                label={t('translations.decisionLabel')}
                value={decision}
                onChange={(value) => isOneOf(value, TRANSLATION_DECISIONS) && setDecision(value)}
                required
              >
                <Stack gap="xs" mt="xs">
                  {TRANSLATION_DECISIONS.map((kind) => (
                    <Radio key={kind} value={kind} label={t(`translations.decision.${kind}`)} />
                  ))}
                </Stack>
              </Radio.Group>
              <Textarea
                label={t('translations.commentLabel')}
                description={t('translations.commentDescription')}
                value={comment}
                maxLength={CASE_STUDY_LIMITS.decisionCommentMaxLength}
                error={commentError}
                autosize
                minRows={2}
                onChange={(event) => setComment(event.currentTarget.value)}
              />
              <FormAlert messages={[decideError]} />
              <Button type="submit" disabled={!decision} loading={decide.isPending} w="fit-content">
                {t('translations.sendDecision')}
              </Button>
            </Stack>
          </form>
        </Paper>
      )}
    </Stack>
  );
}
