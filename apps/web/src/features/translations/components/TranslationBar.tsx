import { Alert, Anchor, Button, Group, Paper, Select, Stack, Text } from '@mantine/core';
import { type Account, CASE_STUDY_LANGUAGES, type CaseStudyDetail, type CaseStudyLanguage, type PublishedCaseStudy, type TemplateSection } from '@twinning/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { FormAlert } from '../../../common/components/FormAlert';
import { describeError } from '../../../common/utils/describe-error';
import { useFormatters } from '../../../i18n';
import { useRequestTranslation } from '../hooks/useTranslations';
import { townName } from '../../municipalities/utils/town-name';

interface TranslationBarProps {
  detail: CaseStudyDetail & { published: PublishedCaseStudy };
  account: Account | null;
  /** The page's link for reading another version (`?lang=`). */
  versionLink: (language: CaseStudyLanguage) => string;
  onNotice: (message: string) => void;
}

/**
 * Which version the reader has, the others a click away, and for staff the ways to more of them:
 * translating (the town and its partners) and asking for a translation (anyone's staff).
 */
export function TranslationBar({ detail, account, versionLink, onNotice }: TranslationBarProps) {
  const { t } = useTranslation();
  const { languageName } = useFormatters();
  const { translation, versions, content } = detail.published;
  const sectionNames = (sections: readonly TemplateSection[]) => sections.map((section) => t(`caseStudySections.${section}`)).join(', ');
  const asksForTranslations = account?.role === 'staff' && detail.status !== 'archived';
  if (!translation && versions.length < 2 && !detail.mayTranslate && !asksForTranslations) return null;

  return (
    <Paper withBorder p="sm" component="section" aria-label={t('translations.barLabel')}>
      <Stack gap="xs">
        {translation && (
          <Text size="sm">
            {translation.translator
              ? t('translations.translatedFromBy', { language: languageName(translation.originalLanguage), town: townName(translation.translator) })
              : t('translations.translatedFrom', { language: languageName(translation.originalLanguage) })}
            {' — '}
            <Anchor component={Link} to={versionLink(translation.originalLanguage)} inherit>
              {t('translations.readOriginal')}
            </Anchor>
          </Text>
        )}
        {translation && translation.outdatedSections.length > 0 && (
          <Alert color="yellow" variant="light" title={t('translations.outdatedTitle')}>
            {t('translations.outdatedMessage', { sections: sectionNames(translation.outdatedSections) })}
          </Alert>
        )}
        {versions.length > 1 && (
          <Group gap="xs" role="group" aria-label={t('translations.versionsLabel')}>
            <Text size="sm" fw={600}>
              {t('translations.versionsLabel')}
            </Text>
            {versions.map((version) => {
              const current = version.language === content.language;
              return (
                <Button
                  key={version.language}
                  component={Link}
                  to={versionLink(version.language)}
                  size="compact-sm"
                  variant={current ? 'filled' : 'subtle'}
                  aria-current={current ? 'true' : undefined}
                  lang={version.language}
                >
                  {version.original ? t('translations.originalVersion', { language: languageName(version.language) }) : languageName(version.language)}
                  {version.outdatedSections.length > 0 && ` (${t('translations.outdatedShort')})`}
                </Button>
              );
            })}
          </Group>
        )}
        {(detail.mayTranslate || asksForTranslations) && (
          <Group gap="md" align="flex-end">
            {detail.mayTranslate && (
              <Button component={Link} to={`/case-studies/${detail.id}/translate`} variant="light" size="sm">
                {t('translations.translate')}
              </Button>
            )}
            {asksForTranslations && <TranslationRequestForm caseStudyId={detail.id} exclude={versions.filter((version) => version.outdatedSections.length === 0).map((version) => version.language)} onNotice={onNotice} />}
          </Group>
        )}
      </Stack>
    </Paper>
  );
}

/** Asks the town and its partners for a version in one more language. */
function TranslationRequestForm({ caseStudyId, exclude, onNotice }: { caseStudyId: string; exclude: CaseStudyLanguage[]; onNotice: (message: string) => void }) {
  const { t } = useTranslation();
  const { languageName, compareText } = useFormatters();
  const request = useRequestTranslation(caseStudyId);
  const [language, setLanguage] = useState<CaseStudyLanguage | null>(null);
  const options = CASE_STUDY_LANGUAGES.filter((code) => !exclude.includes(code))
    .map((code) => ({ value: code, label: languageName(code) }))
    .sort((a, b) => compareText(a.label, b.label));
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        if (!language) return;
        request.mutate(language, { onSuccess: () => onNotice(t('translations.requested', { language: languageName(language) })) });
      }}
    >
      <Group gap="xs" align="flex-end">
        <Select
          label={t('translations.requestLanguage')}
          data={options}
          value={language}
          onChange={(value) => setLanguage(value as CaseStudyLanguage | null)}
          searchable
          size="sm"
          w={200}
        />
        <Button type="submit" variant="default" size="sm" disabled={!language} loading={request.isPending}>
          {t('translations.request')}
        </Button>
      </Group>
      <FormAlert messages={[request.error ? describeError(request.error, t) : null]} />
    </form>
  );
}
