import { Alert, Anchor, Button, Grid, Group, Paper, Stack, Text, Title } from '@mantine/core';
import {
  CaseStudyErrorCode,
  findIncompleteFields,
  type CaseStudyContent,
  type CaseStudyDetail,
  type CaseStudyDraft,
  type MunicipalitySummary,
  type TemplateSection,
} from '@twinning/contracts';
import { type TFunction } from 'i18next';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { FormAlert } from '../../../common/components/FormAlert';
import { useUnsavedChangesGuard } from '../../../common/hooks/useUnsavedChangesGuard';
import { describeError } from '../../../common/utils/describe-error';
import { ApiError } from '../../../lib/api-client';
import { useDraftAutosave } from '../hooks/useDraftAutosave';
import { useSubmitCaseStudy } from '../hooks/useCaseStudyMutations';
import { usePartnerTowns } from '../hooks/usePartnerTowns';
import { type CaseStudyPageState } from '../pages/CaseStudyPage';
import {
  fieldId,
  missingFieldMessage,
  needsFailureAnalysis,
  stepOf,
  type FieldProblem,
  type FieldProblems,
} from '../utils/content-fields';
import { EDITOR_STEPS, type EditorStep } from '../utils/editor-steps';
import { CaseStudyArticle } from './CaseStudyArticle';
import { EditorStepNav, type StepNote } from './EditorStepNav';
import { LocalCopyOffer } from './LocalCopyOffer';
import { SaveStatus } from './SaveStatus';
import { StepFields } from './StepFields';
import { SubmissionProblems } from './SubmissionProblems';

interface CaseStudyEditorProps {
  detail: CaseStudyDetail;
  draft: CaseStudyDraft;
  /** Fetch the latest version and start again from it (after a 409). */
  onReload: () => void;
  reloading: boolean;
}

const STEP_HEADING_ID = 'case-study-step-heading';

const HANDLED_SUBMIT_ERRORS: string[] = [
  CaseStudyErrorCode.Incomplete,
  CaseStudyErrorCode.StaleVersion,
  CaseStudyErrorCode.InvalidTransition,
];

/**
 * The case study template as a form, one step per section, saved as the author goes. Saving never
 * asks for completeness; submitting does, with the same rules as the API (`findIncompleteFields`).
 */
export function CaseStudyEditor({ detail, draft, onReload, reloading }: CaseStudyEditorProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const autosave = useDraftAutosave(detail.id, draft, draft.publishAnonymously);
  const { values, change, saveState } = autosave;
  const { content } = values;
  // Leaving saves first; only what cannot be saved (a refused field, a stopped save) makes it ask.
  const guard = useUnsavedChangesGuard({
    when: autosave.hasUnsavedChanges,
    settle: autosave.saveNow,
    message: t('caseStudyLocalCopy.leaveMessage'),
  });
  const submission = useSubmitCaseStudy(detail.id);
  const [step, setStep] = useState<EditorStep>('identity');
  // Once a submission was tried, what stops it is listed, and the list follows the author's fixes.
  const [submitTried, setSubmitTried] = useState(false);
  const [refusedFields, setRefusedFields] = useState<FieldProblem[]>([]);
  const [problemsFocus, setProblemsFocus] = useState(0);
  const [pickedTowns, setPickedTowns] = useState<MunicipalitySummary[]>(() => detail.published?.partners ?? []);
  const partners = usePartnerTowns(content.partnerMunicipalityIds, pickedTowns);
  const problemsAlert = useRef<HTMLDivElement>(null);

  // Focus follows the author: to the new step's heading, or to the field a problem link names.
  const pendingFocus = useRef<string | null>(null);
  useEffect(() => {
    if (!pendingFocus.current) return;
    focusById(pendingFocus.current);
    pendingFocus.current = null;
  });

  // The moderator's rubric, shown beside the sections it concerns while changes are requested.
  const review = detail.status === 'changes_requested' ? detail.latestDecision : null;
  const sectionComment = (section: EditorStep) =>
    section === 'preview' ? undefined : review?.sectionComments[section]?.trim() || undefined;
  const blocked = saveState.kind === 'stale' || saveState.kind === 'locked';

  const goTo = (next: EditorStep, focusId: string = STEP_HEADING_ID) => {
    // Leaving a step saves it at once rather than after the pause.
    if (next === step) {
      focusById(focusId);
      return;
    }
    void autosave.saveNow();
    pendingFocus.current = focusId;
    setStep(next);
  };

  const currentProblems = problemsBeforeSubmission(content, autosave.problems, t);
  // The API applies the same rules, so its 422 adds nothing, unless the two ever disagree.
  const submissionProblems = submitTried ? (currentProblems.length > 0 ? currentProblems : refusedFields) : [];
  // Until a submission is tried, the header lists what the saves hold back, and why.
  const heldBackProblems: FieldProblem[] = submissionProblems.length > 0 ? [] : toFieldProblems(autosave.heldBackProblems);

  const submitForReview = async () => {
    setSubmitTried(true);
    setRefusedFields([]);
    if (currentProblems.length > 0) {
      setProblemsFocus((count) => count + 1);
      return;
    }
    submission.reset();
    if (!(await autosave.saveNow())) return;
    try {
      await submission.mutateAsync(autosave.currentVersion());
      const state: CaseStudyPageState = { notice: t('caseStudyForm.submitted') };
      guard.release();
      await navigate(`/case-studies/${detail.id}`, { state });
    } catch (error) {
      if (error instanceof ApiError && error.code === CaseStudyErrorCode.Incomplete) {
        setRefusedFields(
          (error.body.details ?? []).map((missing) => ({ field: missing.field, message: missingFieldMessage(missing, t) })),
        );
        setProblemsFocus((count) => count + 1);
      } else {
        autosave.stopOnConflict(error);
      }
    }
  };
  // Each refused submission moves focus to the list, so screen reader users hear what is missing.
  useEffect(() => {
    if (problemsFocus > 0) problemsAlert.current?.focus();
  }, [problemsFocus]);

  const notes: Partial<Record<EditorStep, StepNote[]>> = {};
  const addNote = (section: EditorStep, note: StepNote) => (notes[section] = [...(notes[section] ?? []), note]);
  addNote('failureAnalysis', {
    text: needsFailureAnalysis(content.outcome) ? t('caseStudyForm.steps.required') : t('caseStudyForm.steps.optional'),
    color: needsFailureAnalysis(content.outcome) ? 'orange.8' : 'dimmed',
  });
  for (const section of EDITOR_STEPS) {
    if (sectionComment(section)) addNote(section, { text: t('caseStudyForm.steps.comment'), color: 'orange.8' });
    const count = submissionProblems.filter((problem) => stepOf(problem.field) === section).length;
    if (count > 0) addNote(section, { text: t('caseStudyForm.steps.toComplete', { count }), color: 'red.7' });
    const toFix = heldBackProblems.filter((problem) => stepOf(problem.field) === section).length;
    if (toFix > 0) addNote(section, { text: t('caseStudyLocalCopy.stepToFix', { count: toFix }), color: 'red.7' });
  }

  const stepIndex = EDITOR_STEPS.indexOf(step);
  const previous = EDITOR_STEPS[stepIndex - 1];
  const next = EDITOR_STEPS[stepIndex + 1];
  const anonymous = values.publishAnonymously && needsFailureAnalysis(content.outcome);
  // Incomplete and conflicting submissions have their own messages above.
  const submitError =
    submission.error && !(submission.error instanceof ApiError && HANDLED_SUBMIT_ERRORS.includes(submission.error.code))
      ? describeError(submission.error, t)
      : null;

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <div>
          <Title order={1}>{t('caseStudyForm.title')}</Title>
          <Text c="dimmed">{content.title.trim() || t('caseStudy.untitled')}</Text>
        </div>
        <Group gap="sm">
          <SaveStatus state={saveState} heldBackCount={autosave.heldBackCount} onRetry={() => void autosave.saveNow()} />
          <Button variant="default" onClick={() => void autosave.saveNow()} disabled={blocked}>
            {t('caseStudyForm.saveDraft')}
          </Button>
          <Button onClick={() => void submitForReview()} loading={submission.isPending} disabled={blocked}>
            {t('caseStudyForm.submit')}
          </Button>
        </Group>
      </Group>

      {autosave.offeredCopy && (
        <LocalCopyOffer
          copy={autosave.offeredCopy}
          currentVersion={draft.version}
          onRestore={autosave.restoreLocalCopy}
          onDiscard={autosave.discardLocalCopy}
        />
      )}
      {saveState.kind === 'stale' && (
        <Alert color="red" variant="light" role="alert" title={t('caseStudyForm.staleTitle')}>
          <Stack gap="sm" align="flex-start">
            <Text size="sm">{t('caseStudyForm.staleMessage')}</Text>
            <Button onClick={onReload} loading={reloading}>
              {t('caseStudyForm.reload')}
            </Button>
          </Stack>
        </Alert>
      )}
      {saveState.kind === 'locked' && (
        <Alert color="red" variant="light" role="alert" title={t('caseStudyForm.lockedTitle')}>
          <Stack gap="sm" align="flex-start">
            <Text size="sm">{t('caseStudyForm.lockedMessage')}</Text>
            <Anchor component={Link} to={`/case-studies/${detail.id}`}>
              {t('caseStudyForm.toCaseStudy')}
            </Anchor>
          </Stack>
        </Alert>
      )}
      {submissionProblems.length > 0 && (
        <SubmissionProblems
          ref={problemsAlert}
          problems={submissionProblems}
          onShow={(field) => goTo(stepOf(field), fieldId(field))}
        />
      )}
      {heldBackProblems.length > 0 && (
        <SubmissionProblems
          role="status"
          color="orange"
          title={t('caseStudyLocalCopy.heldBackTitle')}
          problems={heldBackProblems}
          onShow={(field) => goTo(stepOf(field), fieldId(field))}
        />
      )}
      <FormAlert messages={[...(submitError ? [submitError] : []), ...autosave.unmatchedProblems]} />
      {review && (
        <Alert color="orange" variant="light" title={t('caseStudyForm.reviewTitle')}>
          {review.comment.trim() && (
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} mb="xs">
              {review.comment}
            </Text>
          )}
          <Text size="sm">{t('caseStudyForm.reviewHint')}</Text>
        </Alert>
      )}

      <Grid gap="xl">
        <Grid.Col span={{ base: 12, md: 3 }}>
          <EditorStepNav steps={EDITOR_STEPS} current={step} notes={notes} onSelect={(section) => goTo(section)} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 9 }}>
          <Stack gap="md">
            <Title order={2} id={STEP_HEADING_ID} tabIndex={-1}>
              {t(`caseStudySections.${step}`)}
            </Title>
            <Text c="dimmed">{t(`caseStudyForm.intro.${step}`)}</Text>
            {sectionComment(step) && (
              <SectionComment section={step as TemplateSection} comment={sectionComment(step) ?? ''} />
            )}
            {step === 'preview' ? (
              <Paper withBorder p="lg">
                <CaseStudyArticle
                  content={content}
                  municipality={anonymous ? null : detail.municipality}
                  anonymousOrigin={
                    anonymous && detail.municipality
                      ? { kind: detail.municipality.kind, country: detail.municipality.country }
                      : null
                  }
                  partners={partners}
                  featured={detail.featured}
                  contact={anonymous ? 'withheld' : 'visible'}
                  titleOrder={2}
                  showEmpty
                />
              </Paper>
            ) : (
              <StepFields
                step={step}
                content={content}
                problems={autosave.problems}
                onChange={(patch) => change((current) => ({ ...current, content: { ...current.content, ...patch } }))}
                publishAnonymously={values.publishAnonymously}
                onPublishAnonymouslyChange={(publishAnonymously) =>
                  change((current) => ({ ...current, publishAnonymously }))
                }
                partners={partners}
                ownMunicipality={detail.municipality}
                onPartnerPicked={(town) => setPickedTowns((towns) => [...towns, town])}
              />
            )}
            <Group justify="space-between">
              {previous ? (
                <Button variant="default" onClick={() => goTo(previous)}>
                  {t('caseStudyForm.previous', { step: t(`caseStudySections.${previous}`) })}
                </Button>
              ) : (
                <span />
              )}
              {next ? (
                <Button onClick={() => goTo(next)}>{t('caseStudyForm.next', { step: t(`caseStudySections.${next}`) })}</Button>
              ) : (
                // The last step is the preview: what was just read can be sent from where the reader is.
                <Button onClick={() => void submitForReview()} loading={submission.isPending} disabled={blocked}>
                  {t('caseStudyForm.submitFromPreview')}
                </Button>
              )}
            </Group>
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}

/** What stops a submission: the API's completeness rules, then the checks of every save. */
function problemsBeforeSubmission(content: CaseStudyContent, saveProblems: FieldProblems, t: TFunction): FieldProblem[] {
  const found: FieldProblem[] = findIncompleteFields(content).map((missing) => ({
    field: missing.field,
    message: missingFieldMessage(missing, t),
  }));
  for (const problem of toFieldProblems(saveProblems)) {
    if (!found.some((known) => known.field === problem.field)) found.push(problem);
  }
  return found;
}

function toFieldProblems(problems: FieldProblems): FieldProblem[] {
  return Object.entries(problems).flatMap(([field, message]) => (message ? [{ field, message }] : []));
}

/** Focuses the element with this id, or the first field inside it (a radio group, a picker). */
function focusById(id: string): void {
  const target = document.getElementById(id);
  const focusable = target?.matches('input, textarea, select, button, h2')
    ? target
    : target?.querySelector<HTMLElement>('input:not([type="hidden"]), textarea, select, button');
  focusable?.focus();
}

/** The moderator's comment on the section of this step, highlighted beside its fields. */
function SectionComment({ section, comment }: { section: TemplateSection; comment: string }) {
  const { t } = useTranslation();
  return (
    <Alert
      color="orange"
      variant="outline"
      title={t('caseStudyForm.sectionCommentTitle', { section: t(`caseStudySections.${section}`) })}
      role="note"
    >
      <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
        {comment}
      </Text>
    </Alert>
  );
}
