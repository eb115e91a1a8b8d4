import { Button, Grid, Paper, Select, Stack, Text, Textarea, Title } from '@mantine/core';
import {
  CASE_STUDY_LANGUAGES,
  type CaseStudyContent,
  type CaseStudyLanguage,
  textAt,
  textPathsOf,
  textsOf,
  type TranslatedTextKey,
  type TranslatedTexts,
  translatedTextMaxLength,
  TranslationErrorCode,
} from '@twinning/contracts';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { ErrorState } from '../../../common/components/ErrorState';
import { FormAlert } from '../../../common/components/FormAlert';
import { PageSkeleton } from '../../../common/components/PageSkeleton';
import { StatusMessage } from '../../../common/components/StatusMessage';
import { usePageTitle } from '../../../common/hooks/usePageTitle';
import { useUnsavedChangesGuard } from '../../../common/hooks/useUnsavedChangesGuard';
import { describeError } from '../../../common/utils/describe-error';
import { serverFieldErrors } from '../../../common/utils/field-errors';
import { isOneOf } from '../../../common/utils/is-one-of';
import { useFormatters } from '../../../i18n';
import { ApiError, isMissing } from '../../../lib/api-client';
import { type CaseStudyPageState } from '../../case-studies/pages/CaseStudyPage';
import { fieldLabel } from '../../case-studies/utils/content-fields';
import { isMarkdownText, TranslatedText } from '../components/TranslatedText';
import { useCaseStudyIn, useSubmitTranslation } from '../hooks/useTranslations';
import { BackLink } from '../../../common/components/BackLink';

/**
 * Staff of the town or of a partner translate a published case study: each text of the original
 * beside a box for its translation. An existing translation into the language is the starting
 * point of the next revision (bringing an out-of-date one up to date).
 */
export function TranslatePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const [searchParams, setSearchParams] = useSearchParams();
  const picked = searchParams.get('lang');
  const target = isOneOf(picked, CASE_STUDY_LANGUAGES) ? picked : null;
  // Any language the API knows gives the versions, and so the original's language.
  const versions = useCaseStudyIn(id, target ?? 'en');
  const originalLanguage = versions.data?.published?.versions.find((version) => version.original)?.language ?? null;
  const original = useCaseStudyIn(id, originalLanguage);
  usePageTitle(t('translations.pageTitle'));

  const query = originalLanguage ? original : versions;
  if (query.isError) {
    return isMissing(query.error) ? (
      <StatusMessage title={t('caseStudyPage.notFoundTitle')} message={t('caseStudyPage.notFoundMessage')} linkTo="/case-studies" linkLabel={t('caseStudyPage.backToList')} />
    ) : (
      <ErrorState title={t('caseStudyPage.loadError')} error={query.error} onRetry={() => void query.refetch()} />
    );
  }
  const detail = versions.data;
  if (!detail || (originalLanguage && !original.data)) return <PageSkeleton label={t('caseStudyPage.loading')} />;
  if (!detail.published || !detail.mayTranslate || !originalLanguage) {
    return <StatusMessage title={t('translations.notAllowedTitle')} message={t('translations.notAllowedMessage')} linkTo={`/case-studies/${id}`} linkLabel={t('translations.backToCaseStudy')} />;
  }
  const existing = target && detail.published.translation?.language === target ? textsOf(detail.published.content) : null;
  return (
    <TranslationForm
      key={target ?? ''}
      caseStudyId={id}
      original={original.data!.published!.content}
      target={target}
      onTarget={(language) => setSearchParams({ lang: language }, { replace: true })}
      initialTexts={existing}
    />
  );
}

interface TranslationFormProps {
  caseStudyId: string;
  original: CaseStudyContent;
  target: CaseStudyLanguage | null;
  onTarget: (language: CaseStudyLanguage) => void;
  /** The approved translation into `target`, when there is one. */
  initialTexts: TranslatedTexts | null;
}

function TranslationForm({ caseStudyId, original, target, onTarget, initialTexts }: TranslationFormProps) {
  const { t } = useTranslation();
  const { languageName, compareText } = useFormatters();
  const navigate = useNavigate();
  const submit = useSubmitTranslation(caseStudyId);
  // Every text of the original, its indicators' names and units and its failure notes too.
  const paths = textPathsOf(original);
  const blank = Object.fromEntries(paths.map((path) => [path, ''])) as TranslatedTexts;
  const [texts, setTexts] = useState<TranslatedTexts>({ ...blank, ...initialTexts });
  const [missing, setMissing] = useState<TranslatedTextKey[]>([]);
  const guard = useUnsavedChangesGuard({ when: paths.some((path) => (texts[path] ?? '') !== ((initialTexts ?? blank)[path] ?? '')) });
  useEffect(() => setMissing([]), [target]);
  const fields = paths.filter((path) => textAt(original, path).trim());
  const languages = CASE_STUDY_LANGUAGES.filter((code) => code !== original.language)
    .map((code) => ({ value: code, label: languageName(code) }))
    .sort((a, b) => compareText(a.label, b.label));
  const server = serverFieldErrors(submit.error, paths.map((path) => `texts.${path}`), t);
  const fieldError = (field: TranslatedTextKey) => (missing.includes(field) ? t('translations.required') : server.fields[`texts.${field}`]);
  const formError =
    submit.error instanceof ApiError && submit.error.code === TranslationErrorCode.AlreadyWaiting
      ? t('translations.alreadyWaiting')
      : submit.error && !(submit.error instanceof ApiError && submit.error.status === 400)
        ? describeError(submit.error, t)
        : null;

  const send = (event: FormEvent) => {
    event.preventDefault();
    if (!target) return;
    const empty = fields.filter((field) => !texts[field]?.trim());
    setMissing(empty);
    if (empty.length > 0) return;
    submit.mutate(
      { language: target, texts },
      {
        onSuccess: () => {
          guard.release();
          const state: CaseStudyPageState = { notice: t('translations.sent', { language: languageName(target) }) };
          void navigate(`/case-studies/${caseStudyId}`, { state });
        },
      },
    );
  };

  return (
    <Stack gap="lg">
      <BackLink to={`/case-studies/${caseStudyId}`} label={t('translations.backToCaseStudy')} />
      <div>
        <Title order={1}>{t('translations.pageTitle')}</Title>
        <Text c="dimmed">{t('translations.intro', { title: original.title, language: languageName(original.language ?? '') })}</Text>
      </div>
      <form onSubmit={send} noValidate>
        <Stack gap="lg">
          <Select
            label={t('translations.targetLanguage')}
            data={languages}
            value={target}
            onChange={(value) => isOneOf(value, CASE_STUDY_LANGUAGES) && onTarget(value)}
            searchable
            required
            w={280}
          />
          {target &&
            fields.map((field) => (
              <Paper key={field} withBorder p="md">
                <Grid>
                  <Grid.Col span={{ base: 12, md: 6 }}>
                    <Text fw={600} size="sm" id={`original-${field}`}>
                      {t('translations.originalOf', { field: fieldLabel(field, t) })}
                    </Text>
                    <TranslatedText field={field} text={textAt(original, field)} lang={original.language ?? undefined} />
                  </Grid.Col>
                  <Grid.Col span={{ base: 12, md: 6 }}>
                    <Textarea
                      label={t('translations.translationOf', { field: fieldLabel(field, t), language: languageName(target) })}
                      description={isMarkdownText(field) ? t('translations.markdownHint') : undefined}
                      lang={target}
                      autosize
                      minRows={field === 'title' || field.includes('[') ? 1 : 3}
                      maxLength={translatedTextMaxLength(field)}
                      value={texts[field] ?? ''}
                      error={fieldError(field)}
                      required
                      onChange={(event) => {
                        const value = event.currentTarget.value;
                        setTexts((current) => ({ ...current, [field]: value }));
                      }}
                    />
                  </Grid.Col>
                </Grid>
              </Paper>
            ))}
          <FormAlert messages={[formError, ...server.unmatched]} />
          {target && (
            <Button type="submit" loading={submit.isPending} w="fit-content">
              {t('translations.submit')}
            </Button>
          )}
        </Stack>
      </form>
    </Stack>
  );
}
