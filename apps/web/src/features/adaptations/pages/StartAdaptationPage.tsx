import { Alert, Anchor, Button, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import {
  ADAPTATION_LIMITS,
  AdaptationErrorCode,
  CaseStudyErrorCode,
  type CaseStudyDetail,
  type StartAdaptationRequest,
} from '@twinning/contracts';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { ErrorState } from '../../../common/components/ErrorState';
import { CharacterCount } from '../../../common/components/CharacterCount';
import { FormAlert } from '../../../common/components/FormAlert';
import { StatusMessage } from '../../../common/components/StatusMessage';
import { useFocusFirstInvalid } from '../../../common/hooks/useFocusFirstInvalid';
import { useUnsavedChangesGuard } from '../../../common/hooks/useUnsavedChangesGuard';
import { usePageTitle } from '../../../common/hooks/usePageTitle';
import { describeError } from '../../../common/utils/describe-error';
import {
  hasFieldErrors,
  mergeFieldErrors,
  serverFieldErrors,
  type FieldErrors,
} from '../../../common/utils/field-errors';
import { isUuid } from '../../../common/utils/uuid';
import { ApiError } from '../../../lib/api-client';
import { useSession } from '../../auth/hooks/useSession';
import { ownsCaseStudy } from '../../auth/utils/permissions';
import { useCaseStudy } from '../../case-studies/hooks/useCaseStudy';
import { useCaseStudyAdaptations } from '../hooks/useAdaptations';
import { useStartAdaptation } from '../hooks/useAdaptationMutations';
import {
  emptyStartAdaptationForm,
  START_ADAPTATION_FIELDS,
  toStartAdaptationRequest,
  validateStartAdaptationForm,
  type StartAdaptationField,
} from '../utils/adaptation-form';
import { type AdaptationPageState } from './AdaptationPage';
import { PageSkeleton } from '../../../common/components/PageSkeleton';
import { BackLink } from '../../../common/components/BackLink';

/** `/case-studies/:id/adapt`: verified staff of another town start adapting a published case study. */
export function StartAdaptationPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const caseStudy = useCaseStudy(id);
  const { account } = useSession();
  const detail = caseStudy.data;
  const title = detail?.published?.content.title.trim() || t('caseStudy.untitled');

  const notFound =
    !isUuid(id) ||
    (caseStudy.error instanceof ApiError &&
      (caseStudy.error.status === 400 || caseStudy.error.code === CaseStudyErrorCode.NotFound)) ||
    (detail !== undefined && detail.published === null);
  const own = detail !== undefined && ownsCaseStudy(account, detail.municipality?.id);

  usePageTitle(
    notFound
      ? t('caseStudyPage.notFoundTitle')
      : own
        ? t('startAdaptation.ownPracticeTitle')
        : caseStudy.isError
          ? t('caseStudyPage.loadError')
          : detail
            ? t('startAdaptation.pageTitle', { title })
            : t('caseStudyPage.loading'),
  );

  if (notFound) {
    return (
      <StatusMessage
        title={t('caseStudyPage.notFoundTitle')}
        message={t('startAdaptation.notPublished')}
        linkTo="/case-studies"
        linkLabel={t('caseStudyPage.backToList')}
      />
    );
  }
  if (caseStudy.isError) {
    return <ErrorState title={t('caseStudyPage.loadError')} error={caseStudy.error} onRetry={() => void caseStudy.refetch()} />;
  }
  if (caseStudy.isPending) {
    return <PageSkeleton label={t('caseStudyPage.loading')} />;
  }
  if (own) {
    return (
      <StatusMessage
        title={t('startAdaptation.ownPracticeTitle')}
        message={t('startAdaptation.ownPractice')}
        linkTo={`/case-studies/${id}`}
        linkLabel={t('startAdaptation.backToCaseStudy')}
      />
    );
  }
  return <StartAdaptationForm caseStudy={caseStudy.data} title={title} />;
}

function StartAdaptationForm({ caseStudy, title }: { caseStudy: CaseStudyDetail; title: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { account } = useSession();
  const start = useStartAdaptation(caseStudy.id);
  const adaptations = useCaseStudyAdaptations(caseStudy.id);
  const { formRef, focusFirstInvalid } = useFocusFirstInvalid();
  const [values, setValues] = useState<StartAdaptationRequest>(emptyStartAdaptationForm);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors<StartAdaptationField>>({});
  const guard = useUnsavedChangesGuard({ when: START_ADAPTATION_FIELDS.some((field) => values[field].trim() !== '') });

  const server = serverFieldErrors(start.error, START_ADAPTATION_FIELDS, t);
  const errors = mergeFieldErrors(fieldErrors, server.fields);
  const errorCode = start.error instanceof ApiError ? start.error.code : null;
  const alreadyAdapting = errorCode === AdaptationErrorCode.AlreadyAdapting;
  // The list was refreshed on the 409; the town's own adaptation is in it, unless it is still loading.
  const existing = alreadyAdapting
    ? adaptations.data?.find((adaptation) => adaptation.municipality.id === account?.municipality?.id)
    : undefined;
  const formError =
    errorCode === AdaptationErrorCode.OwnPractice
      ? t('startAdaptation.ownPractice')
      : errorCode === CaseStudyErrorCode.NotFound
        ? t('startAdaptation.notPublished')
        : start.error && !alreadyAdapting && !hasFieldErrors(server.fields)
          ? describeError(start.error, t)
          : null;

  const set = (field: StartAdaptationField, value: string) => setValues((current) => ({ ...current, [field]: value }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = validateStartAdaptationForm(values, t);
    setFieldErrors(found);
    if (hasFieldErrors(found)) {
      focusFirstInvalid();
      return;
    }
    start.mutate(toStartAdaptationRequest(values), {
      onSuccess: (adaptation) => {
        const state: AdaptationPageState = { notice: t('startAdaptation.started') };
        guard.release();
        void navigate(`/adaptations/${adaptation.id}`, { state });
      },
    });
  };

  return (
    <Stack gap="lg" maw={760}>
      <div>
        <BackLink to={`/case-studies/${caseStudy.id}`} label={t('startAdaptation.backToCaseStudy')} />
        <Title order={1} mt="xs">
          {t('startAdaptation.pageTitle', { title })}
        </Title>
        <Text mt="xs">{t('startAdaptation.intro')}</Text>
      </div>
      <form ref={formRef} onSubmit={submit} noValidate>
        <Stack gap="md">
          {alreadyAdapting && (
            <Alert color="yellow" variant="light" role="alert">
              <Text size="sm">{t('startAdaptation.alreadyAdapting')}</Text>
              {existing && (
                <Anchor component={Link} to={`/adaptations/${existing.id}`} size="sm">
                  {t('startAdaptation.viewExisting')}
                </Anchor>
              )}
            </Alert>
          )}
          <FormAlert messages={[...(formError ? [formError] : []), ...server.unmatched]} />
          <Textarea
            label={t('startAdaptation.localContext')}
            description={
              <CharacterCount value={values.localContext} max={ADAPTATION_LIMITS.textMaxLength}>
                {t('startAdaptation.localContextHint')}
              </CharacterCount>
            }
            required
            autosize
            minRows={4}
            value={values.localContext}
            onChange={(event) => set('localContext', event.currentTarget.value)}
            error={errors.localContext}
          />
          <Textarea
            label={t('startAdaptation.changes')}
            description={
              <CharacterCount value={values.changes} max={ADAPTATION_LIMITS.textMaxLength}>
                {t('startAdaptation.changesHint')}
              </CharacterCount>
            }
            required
            autosize
            minRows={4}
            value={values.changes}
            onChange={(event) => set('changes', event.currentTarget.value)}
            error={errors.changes}
          />
          <Textarea
            label={t('startAdaptation.plannedSteps')}
            description={
              <CharacterCount value={values.plannedSteps} max={ADAPTATION_LIMITS.textMaxLength}>
                {t('startAdaptation.plannedStepsHint')}
              </CharacterCount>
            }
            autosize
            minRows={3}
            value={values.plannedSteps}
            onChange={(event) => set('plannedSteps', event.currentTarget.value)}
            error={errors.plannedSteps}
          />
          <Group>
            <Button type="submit" loading={start.isPending}>
              {t('startAdaptation.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
