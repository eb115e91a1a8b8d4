import { Button, List, Stack, Text, TextInput, Title } from '@mantine/core';
import { CASE_STUDY_LIMITS } from '@twinning/contracts';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { CharacterCount } from '../../../common/components/CharacterCount';
import { FormAlert } from '../../../common/components/FormAlert';
import { usePageTitle } from '../../../common/hooks/usePageTitle';
import { useUnsavedChangesGuard } from '../../../common/hooks/useUnsavedChangesGuard';
import { describeError } from '../../../common/utils/describe-error';
import { useSession } from '../../auth/hooks/useSession';
import { useCreateCaseStudy } from '../hooks/useCaseStudyMutations';

/** Starts a case study: creates the draft, then opens the form on it. */
export function NewCaseStudyPage() {
  const { t } = useTranslation();
  usePageTitle(t('newCaseStudy.title'));
  const navigate = useNavigate();
  const create = useCreateCaseStudy();
  const { account } = useSession();
  const [title, setTitle] = useState('');
  const [titleError, setTitleError] = useState<string | null>(null);
  const guard = useUnsavedChangesGuard({ when: title.trim() !== '' });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (title.trim().length > CASE_STUDY_LIMITS.titleMaxLength) {
      setTitleError(t('forms.tooLong', { max: CASE_STUDY_LIMITS.titleMaxLength }));
      return;
    }
    // The person starting the story is its likely contact; they can change it on the Contact step.
    const contact = account ? { contactName: account.displayName, contactEmail: account.email } : {};
    create.mutate(
      { content: { ...contact, ...(title.trim() ? { title: title.trim() } : {}) } },
      {
        onSuccess: (created) => {
          guard.release();
          void navigate(`/case-studies/${created.id}/edit`, { replace: true });
        },
      },
    );
  };

  return (
    <Stack gap="lg" maw={720}>
      <Title order={1}>{t('newCaseStudy.title')}</Title>
      <Text>{t('newCaseStudy.intro')}</Text>
      <List spacing={4}>
        <List.Item>{t('newCaseStudy.pointTemplate')}</List.Item>
        <List.Item>{t('newCaseStudy.pointAutosave')}</List.Item>
        <List.Item>{t('newCaseStudy.pointFailures')}</List.Item>
        <List.Item>{t('newCaseStudy.pointReview')}</List.Item>
      </List>
      <form onSubmit={submit} noValidate>
        <Stack gap="md" align="flex-start">
          <FormAlert messages={create.error ? [describeError(create.error, t)] : []} />
          <TextInput
            w="100%"
            label={t('caseStudyFields.title')}
            description={
              <CharacterCount value={title} max={CASE_STUDY_LIMITS.titleMaxLength}>
                {t('newCaseStudy.titleHint')}
              </CharacterCount>
            }
            value={title}
            onChange={(event) => {
              setTitle(event.currentTarget.value);
              setTitleError(null);
            }}
            error={titleError}
          />
          <Button type="submit" loading={create.isPending}>
            {t('newCaseStudy.start')}
          </Button>
        </Stack>
      </form>
    </Stack>
  );
}
