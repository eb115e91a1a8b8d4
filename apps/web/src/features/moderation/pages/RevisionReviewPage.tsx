import { Alert, Anchor, Button, Grid, Group, List, Paper, Radio, Stack, Text, Textarea, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import {
  CASE_STUDY_LIMITS,
  CaseStudyErrorCode,
  MODERATION_DECISIONS,
  TEMPLATE_SECTIONS,
  type CaseStudyRevision,
  type FieldChange,
  type MunicipalitySummary,
  type TemplateSection,
} from '@twinning/contracts';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { CharacterCount } from '../../../common/components/CharacterCount';
import { ErrorState } from '../../../common/components/ErrorState';
import { FormAlert } from '../../../common/components/FormAlert';
import { StatusMessage } from '../../../common/components/StatusMessage';
import { useFocusFirstInvalid } from '../../../common/hooks/useFocusFirstInvalid';
import { usePageTitle } from '../../../common/hooks/usePageTitle';
import { useUnsavedChangesGuard } from '../../../common/hooks/useUnsavedChangesGuard';
import { describeError } from '../../../common/utils/describe-error';
import {
  hasFieldErrors,
  mergeFieldErrors,
  serverFieldErrors,
  type FieldErrors,
} from '../../../common/utils/field-errors';
import { isOneOf } from '../../../common/utils/is-one-of';
import { isUuid } from '../../../common/utils/uuid';
import { useFormatters } from '../../../i18n';
import { ApiError, isMissing } from '../../../lib/api-client';
import { caseStudyKeys } from '../../case-studies/api/case-studies.api';
import { CaseStudySection } from '../../case-studies/components/CaseStudySection';
import { DecisionDetails } from '../../case-studies/components/DecisionDetails';
import { OutcomeBadge } from '../../case-studies/components/OutcomeBadge';
import { PublishedDiffState, sectionOfChange } from '../../case-studies/components/PublishedDiffState';
import { RevisionChanges } from '../../case-studies/components/RevisionChanges';
import { TownOrOrigin } from '../../case-studies/components/TownOrOrigin';
import { useCaseStudy } from '../../case-studies/hooks/useCaseStudy';
import { useRevisionPartners } from '../../case-studies/hooks/usePartnerTowns';
import { usePublishedDiff, useRevision, useRevisions } from '../../case-studies/hooks/useRevisions';
import { useDecideRevision } from '../hooks/useDecideRevision';
import {
  DECISION_FIELDS,
  emptyDecisionForm,
  toDecisionRequest,
  validateDecisionForm,
  type DecisionField,
  type DecisionFormValues,
} from '../utils/decision-form';
import { AnonymityCheck } from '../components/AnonymityCheck';
import { type ModerationQueueState } from './ModerationQueuePage';
import { PageSkeleton } from '../../../common/components/PageSkeleton';
import { BackLink } from '../../../common/components/BackLink';
import './review.css';

const DECISION_ID = 'review-decision';

/**
 * A submitted revision, section by section, with what it changes in the published version, one
 * comment box under each section (the rubric the authors will see) and the decision in a panel
 * that stays beside the text while the moderator scrolls.
 */
export function RevisionReviewPage() {
  const { t } = useTranslation();
  const { caseStudyId = '', revisionId = '' } = useParams();
  const revision = useRevision(caseStudyId, revisionId);
  const title = revision.data?.content.title.trim() || t('caseStudy.untitled');
  usePageTitle(revision.data ? t('review.pageTitle', { title }) : t('review.loading'));

  const notFound = !isUuid(caseStudyId) || !isUuid(revisionId) || isMissing(revision.error);
  if (notFound) {
    return (
      <StatusMessage
        title={t('revisions.notFoundTitle')}
        message={t('revisions.notFoundMessage')}
        linkTo="/moderation"
        linkLabel={t('review.backToQueue')}
      />
    );
  }
  if (revision.isError) {
    return <ErrorState title={t('revisions.loadError')} error={revision.error} onRetry={() => void revision.refetch()} />;
  }
  if (revision.isPending) {
    return <PageSkeleton label={t('review.loading')} />;
  }
  return <RevisionReview revision={revision.data} />;
}

function RevisionReview({ revision }: { revision: CaseStudyRevision }) {
  const { t } = useTranslation();
  const { formatDateTime } = useFormatters();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const caseStudy = useCaseStudy(revision.caseStudyId);
  const revisions = useRevisions(revision.caseStudyId);
  const published = usePublishedDiff(revision.caseStudyId, revision);
  const { baseline } = published;
  // A revision decided since the published one (rejected, or sent back) is not what visitors see: say so.
  const decidedSincePublished = baseline
    ? (revisions.data?.find((candidate) => candidate.number > baseline.number && candidate.number < revision.number && candidate.decision) ?? null)
    : null;
  const partners = useRevisionPartners(revision.caseStudyId, revision.content.partnerMunicipalityIds);
  const decide = useDecideRevision(revision.id);
  const { formRef, focusFirstInvalid } = useFocusFirstInvalid();
  const [values, setValues] = useState<DecisionFormValues>(emptyDecisionForm);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors<DecisionField>>({});
  const guard = useUnsavedChangesGuard({
    when: [values.comment, ...Object.values(values.sectionComments)].some((comment) => comment?.trim()),
  });
  const title = revision.content.title.trim() || t('caseStudy.untitled');
  const undecided = revision.decision === null;

  const changes = published.diff.data?.changes ?? [];
  const changedFields = new Set(changes.map((change) => change.field.split(/[.[]/)[0]));
  const changedSections = TEMPLATE_SECTIONS.filter((section) => changes.some((change) => sectionOfChange(change) === section));
  const otherChanges = changes.filter((change) => sectionOfChange(change) === null);

  const server = serverFieldErrors(decide.error, DECISION_FIELDS, t);
  const errors = mergeFieldErrors(fieldErrors, server.fields);
  const decideError =
    decide.error instanceof ApiError && decide.error.code === CaseStudyErrorCode.OwnSubmission
      ? t('review.ownSubmission')
      : decide.error && !hasFieldErrors(server.fields) && !isAlreadyDecided(decide.error)
        ? describeError(decide.error, t)
        : null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = validateDecisionForm(values, t);
    setFieldErrors(found);
    if (hasFieldErrors(found)) {
      focusFirstInvalid();
      return;
    }
    decide.mutate(toDecisionRequest(values), {
      onSuccess: (decision) => {
        const state: ModerationQueueState = {
          notice: t('review.sent', { title, decision: t(`decisionOutcome.${decision.decision}`) }),
        };
        guard.release();
        void navigate('/moderation', { state });
      },
      onError: (error) => {
        if (!isAlreadyDecided(error)) return;
        // Refetched by now (the mutation refreshes the case study's queries when it settles).
        const fresh = queryClient.getQueryData<CaseStudyRevision>(caseStudyKeys.revision(revision.caseStudyId, revision.id));
        const state: ModerationQueueState = {
          warning: true,
          notice: fresh?.decision
            ? t('review.alreadyDecidedBy', {
                name: fresh.decision.moderator?.displayName ?? t('decision.formerModerator'),
                decision: t(`decisionOutcome.${fresh.decision.decision}`),
                title,
              })
            : t('review.alreadyDecided', { title }),
        };
        // Someone else decided: the comments written here can no longer be sent.
        guard.release();
        void navigate('/moderation', { state });
      },
    });
  };

  return (
    <Stack gap="lg">
      <div>
        <BackLink to="/moderation" label={t('review.backToQueue')} />
        <Title order={1} mt="xs">
          {title}
        </Title>
        <Group gap="sm" mt="xs">
          {caseStudy.data && (
            <TownOrOrigin municipality={caseStudy.data.municipality} anonymousOrigin={caseStudy.data.anonymousOrigin} />
          )}
          {revision.content.outcome && <OutcomeBadge outcome={revision.content.outcome} />}
          <Text size="sm" c="dimmed">
            {t('revisions.revision', { number: revision.number })}
            {' · '}
            {t('revisions.submitted', {
              date: formatDateTime(revision.submittedAt),
              name: revision.submittedBy?.displayName ?? t('revisions.formerStaff'),
            })}
          </Text>
        </Group>
      </div>

      {revision.decision && (
        <Alert color="blue" variant="light" title={t('review.decidedTitle')}>
          <DecisionDetails decision={revision.decision} />
        </Alert>
      )}

      <AnonymityCheck revision={revision} publishedAnonymously={caseStudy.data?.published ? caseStudy.data.publishAnonymously : null} />

      <Paper withBorder p="md" bg="gray.0">
        <PublishedDiffState published={published}>
          {(baseline) => (
          <Stack gap="xs">
            <Text>
              {changes.length === 0
                ? t(baseline.kind === 'published' ? 'review.nothingChanged' : 'review.nothingChangedDecided', { number: baseline.number })
                : t(baseline.kind === 'published' ? 'review.changedSince' : 'review.changedSinceDecided', {
                    number: baseline.number,
                    count: changes.length,
                    sections: changedSections.map((section) => t(`caseStudySections.${section}`)).join(', '),
                  })}
            </Text>
            {decidedSincePublished && (
              <Text size="sm">{t('review.notAgainstDecided', { number: decidedSincePublished.number, published: baseline.number })}</Text>
            )}
            <RevisionChanges changes={otherChanges} />
          </Stack>
          )}
        </PublishedDiffState>
      </Paper>

      <form ref={formRef} onSubmit={submit} noValidate>
        {undecided && (
          <Anchor href={`#${DECISION_ID}`} hiddenFrom="md" display="block" mb="md">
            {t('review.toDecision')}
          </Anchor>
        )}
        <Grid gap="xl">
          <Grid.Col span={{ base: 12, md: undecided ? 8 : 12 }}>
            <Stack gap="xl">
              {TEMPLATE_SECTIONS.map((section) => (
                <ReviewSection
                  key={section}
                  section={section}
                  revision={revision}
                  partners={partners}
                  changedFields={changedFields}
                  changes={changes.filter((change) => sectionOfChange(change) === section)}
                  comment={values.sectionComments[section] ?? ''}
                  disabled={!undecided}
                  onComment={(comment) =>
                    setValues((current) => ({ ...current, sectionComments: { ...current.sectionComments, [section]: comment } }))
                  }
                />
              ))}
            </Stack>
          </Grid.Col>

          {undecided && (
            <Grid.Col span={{ base: 12, md: 4 }}>
              {/* One panel for every width, so nothing typed is lost when the layout switches: sticky beside the text on wide screens, after it on phones. */}
              <Paper component="aside" withBorder p="lg" id={DECISION_ID} tabIndex={-1} aria-labelledby={`${DECISION_ID}-title`} className="review-decision-panel">
                <Stack gap="md">
                  <Title order={2} size="h3" id={`${DECISION_ID}-title`}>
                    {t('review.decisionTitle')}
                  </Title>
                  <FormAlert messages={[...(decideError ? [decideError] : []), ...server.unmatched]} />
                  <Radio.Group
                    label={t('review.decisionLabel')}
                    required
                    value={values.decision}
                    onChange={(decision) =>
                      setValues((current) => ({ ...current, decision: isOneOf(decision, MODERATION_DECISIONS) ? decision : null }))
                    }
                    error={errors.decision}
                  >
                    <Stack gap="sm" mt="xs">
                      {MODERATION_DECISIONS.map((decision) => (
                        <Radio
                          key={decision}
                          value={decision}
                          label={t(`review.options.${decision}`)}
                          description={t(`review.optionHints.${decision}`)}
                          aria-invalid={errors.decision ? true : undefined}
                        />
                      ))}
                    </Stack>
                  </Radio.Group>
                  <Textarea
                    label={t('review.comment')}
                    description={
                      <CharacterCount value={values.comment} max={CASE_STUDY_LIMITS.decisionCommentMaxLength}>
                        {t('review.commentHint')}
                      </CharacterCount>
                    }
                    autosize
                    minRows={3}
                    maxRows={8}
                    value={values.comment}
                    onChange={(event) => {
                      const comment = event.currentTarget.value;
                      setValues((current) => ({ ...current, comment }));
                    }}
                    error={errors.comment}
                  />
                  <SectionCommentSummary comments={values.sectionComments} />
                  <Group>
                    <Button type="submit" loading={decide.isPending}>
                      {t('review.send')}
                    </Button>
                  </Group>
                </Stack>
              </Paper>
            </Grid.Col>
          )}
        </Grid>
      </form>
    </Stack>
  );
}

interface ReviewSectionProps {
  section: TemplateSection;
  revision: CaseStudyRevision;
  partners: MunicipalitySummary[];
  changedFields: ReadonlySet<string>;
  changes: FieldChange[];
  comment: string;
  /** A decided revision takes no more comments. */
  disabled: boolean;
  onComment: (comment: string) => void;
}

/** One section of the template: its content and changes beside the moderator's comment on it. */
function ReviewSection({ section, revision, partners, changedFields, changes, comment, disabled, onComment }: ReviewSectionProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const label = t(`caseStudySections.${section}`);
  return (
    <section aria-labelledby={headingId} id={sectionAnchor(section)} className="review-section">
      <Title order={2} size="h3" id={headingId} mb="sm">
        {label}
      </Title>
      {/* The comment box right under the section's text, not beside it: beside the decision panel a third column would leave the text too narrow for its tables. */}
      <Stack gap="md">
        <CaseStudySection
          section={section}
          content={revision.content}
          partners={partners}
          contact="visible"
          fieldOrder={3}
          changed={changedFields}
          showEmpty
        />
        {changes.length > 0 && (
          <Stack gap="xs">
            <Text fw={600} size="sm">
              {t('review.changesInSection')}
            </Text>
            <RevisionChanges changes={changes} />
          </Stack>
        )}
        {!disabled && (
          <Textarea
            label={t('review.sectionComment', { section: label })}
            description={
              <CharacterCount value={comment} max={CASE_STUDY_LIMITS.decisionCommentMaxLength}>
                {t('review.sectionCommentHint')}
              </CharacterCount>
            }
            autosize
            minRows={2}
            value={comment}
            onChange={(event) => onComment(event.currentTarget.value)}
          />
        )}
      </Stack>
    </section>
  );
}

/**
 * The section comments written so far, each linking to its section, so the moderator sees from
 * the panel what the authors will get and can go back to any of it.
 */
function SectionCommentSummary({ comments }: { comments: DecisionFormValues['sectionComments'] }) {
  const { t } = useTranslation();
  const written = TEMPLATE_SECTIONS.filter((section) => comments[section]?.trim());
  return (
    <div>
      <Text fw={600} size="sm" id={`${DECISION_ID}-comments`}>
        {t('review.commentsSoFar')}
      </Text>
      {written.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('review.noSectionComments')}
        </Text>
      ) : (
        <List size="sm" spacing={4} aria-labelledby={`${DECISION_ID}-comments`}>
          {written.map((section) => (
            <List.Item key={section}>
              <Anchor href={`#${sectionAnchor(section)}`} fw={600}>
                {t(`caseStudySections.${section}`)}
              </Anchor>
              {': '}
              <Text span size="sm" lineClamp={2} component="span">
                {comments[section]}
              </Text>
            </List.Item>
          ))}
        </List>
      )}
    </div>
  );
}

function sectionAnchor(section: TemplateSection): string {
  return `review-${section}`;
}

function isAlreadyDecided(error: unknown): boolean {
  return error instanceof ApiError && error.code === CaseStudyErrorCode.AlreadyDecided;
}
