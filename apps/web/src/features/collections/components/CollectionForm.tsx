import { Button, Fieldset, Group, Stack, Switch, Textarea, TextInput, Title } from '@mantine/core';
import { type Collection, COLLECTION_LIMITS, type CollectionInput } from '@twinning/contracts';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../common/components/FormAlert';
import { useFocusFirstInvalid } from '../../../common/hooks/useFocusFirstInvalid';
import { useUnsavedChangesGuard } from '../../../common/hooks/useUnsavedChangesGuard';
import { describeError } from '../../../common/utils/describe-error';
import { type FieldErrors, hasFieldErrors, mergeFieldErrors, serverFieldErrors } from '../../../common/utils/field-errors';
import { isSameValue } from '../../../common/utils/same-value';
import { useSaveCollection } from '../hooks/useCollections';
import { ChosenPracticeList } from './ChosenPracticeList';
import { type ChosenPractice, PracticePicker } from './PracticePicker';

const LANGUAGES = ['en', 'tr', 'de'] as const;
const FIELDS = ['title.en', 'title.tr', 'title.de', 'text.en', 'text.tr', 'text.de', 'caseStudyIds'] as const;
type Field = (typeof FIELDS)[number];
/** A practice the API refuses (unpublished since it was added) is named under the list, whatever its place. */
const PRACTICE_ALIASES: Readonly<Record<string, Field>> = Object.fromEntries(Array.from({ length: COLLECTION_LIMITS.caseStudiesMax }, (_, index) => [`caseStudyIds.${index}`, 'caseStudyIds']));

interface Values extends Omit<CollectionInput, 'caseStudyIds'> {
  practices: ChosenPractice[];
}

const EMPTY: Values = { title: { en: '', tr: '', de: '' }, text: { en: '', tr: '', de: '' }, featured: false, practices: [] };

function toValues(collection: Collection): Values {
  return { title: collection.title, text: collection.text, featured: collection.featured, practices: collection.caseStudies.map(({ id, title }) => ({ id, title })) };
}

/**
 * A moderator writes a collection's title and text in every interface language (the API asks for
 * all three), finds practices through the search, orders them and saves. Typed text stays on the
 * form after a refusal, and leaving with unsaved changes asks first.
 */
export function CollectionForm({ collection, onSaved, onCancel }: { collection?: Collection; onSaved: (saved: Collection) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const save = useSaveCollection();
  const practicesHeadingId = useId();
  const { formRef, focusFirstInvalid } = useFocusFirstInvalid();
  const [initial] = useState(() => (collection ? toValues(collection) : EMPTY));
  const [values, setValues] = useState(initial);
  const guard = useUnsavedChangesGuard({ when: !isSameValue(values, initial) });
  const [fieldErrors, setFieldErrors] = useState<FieldErrors<Field>>({});

  const server = serverFieldErrors(save.error, FIELDS, t, PRACTICE_ALIASES);
  const errors = mergeFieldErrors(fieldErrors, server.fields);
  const formError = save.error && !hasFieldErrors(server.fields) ? describeError(save.error, t) : null;
  const set = <Key extends keyof Values>(field: Key, value: Values[Key]) => setValues((current) => ({ ...current, [field]: value }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: FieldErrors<Field> = {};
    for (const language of LANGUAGES) {
      if (!values.title[language].trim()) found[`title.${language}`] = t('collectionBuilder.required');
      if (!values.text[language].trim()) found[`text.${language}`] = t('collectionBuilder.required');
    }
    setFieldErrors(found);
    if (hasFieldErrors(found)) {
      focusFirstInvalid();
      return;
    }
    const { practices, ...fields } = values;
    save.mutate(
      { id: collection?.id, input: { ...fields, caseStudyIds: practices.map((practice) => practice.id) } },
      {
        onSuccess: (saved) => {
          guard.release();
          onSaved(saved);
        },
      },
    );
  };

  return (
    <form ref={formRef} onSubmit={submit} noValidate aria-label={collection ? t('collectionBuilder.editTitle') : t('collectionBuilder.createTitle')}>
      <Stack gap="md">
        <FormAlert messages={[formError, ...server.unmatched]} />
        {LANGUAGES.map((language) => (
          <Fieldset key={language} legend={t(`collectionBuilder.inLanguage.${language}`)}>
            <Stack gap="sm">
              <TextInput
                label={t('collectionBuilder.titleLabel')}
                required
                maxLength={COLLECTION_LIMITS.titleMaxLength}
                value={values.title[language]}
                onChange={(event) => set('title', { ...values.title, [language]: event.currentTarget.value })}
                error={errors[`title.${language}`]}
              />
              <Textarea
                label={t('collectionBuilder.textLabel')}
                required
                autosize
                minRows={3}
                maxLength={COLLECTION_LIMITS.textMaxLength}
                value={values.text[language]}
                onChange={(event) => set('text', { ...values.text, [language]: event.currentTarget.value })}
                error={errors[`text.${language}`]}
              />
            </Stack>
          </Fieldset>
        ))}
        <Switch label={t('collectionBuilder.featuredLabel')} checked={values.featured} onChange={(event) => set('featured', event.currentTarget.checked)} />
        <Title order={2} size="h4" id={practicesHeadingId}>
          {t('collectionBuilder.practicesHeading', { count: values.practices.length, max: COLLECTION_LIMITS.caseStudiesMax })}
        </Title>
        <ChosenPracticeList practices={values.practices} onChange={(practices) => set('practices', practices)} labelledBy={practicesHeadingId} />
        {errors.caseStudyIds && <FormAlert messages={[errors.caseStudyIds]} />}
        {values.practices.length < COLLECTION_LIMITS.caseStudiesMax && <PracticePicker chosen={values.practices} onAdd={(practice) => set('practices', [...values.practices, practice])} />}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={() => guard.confirmDiscard(onCancel)} disabled={save.isPending}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {collection ? t('common.saveChanges') : t('collectionBuilder.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
