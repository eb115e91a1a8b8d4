import { Fieldset, SimpleGrid, Text, Textarea, TextInput } from '@mantine/core';
import { type Label } from '@twinning/contracts';
import { useTranslation } from 'react-i18next';
import { SUPPORTED_LANGUAGES, useFormatters } from '../../../i18n';

interface TextVariantFieldsProps {
  /** What the text is, e.g. "Region in other languages". */
  legend: string;
  values: Label;
  onChange: (values: Label) => void;
  error?: string;
  /** Long texts get growing boxes. */
  multiline?: boolean;
}

/** A text's wording in each interface language, each optional: a reader whose language is left empty reads the text as entered. */
export function TextVariantFields({ legend, values, onChange, error, multiline = false }: TextVariantFieldsProps) {
  const { t } = useTranslation();
  const { languageName } = useFormatters();
  const Input = multiline ? Textarea : TextInput;
  return (
    <Fieldset legend={legend} variant="unstyled">
      <Text size="sm" c="dimmed" mb="xs">
        {t('adminForms.variantsHint')}
      </Text>
      <SimpleGrid cols={{ base: 1, sm: multiline ? 1 : 3 }} spacing="sm">
        {SUPPORTED_LANGUAGES.map((language) => (
          <Input
            key={language}
            label={languageName(language)}
            lang={language}
            value={values[language]}
            onChange={(event) => onChange({ ...values, [language]: event.currentTarget.value })}
            {...(multiline ? { autosize: true, minRows: 2 } : {})}
          />
        ))}
      </SimpleGrid>
      {error && (
        <Text size="sm" c="red" mt={4} role="alert">
          {error}
        </Text>
      )}
    </Fieldset>
  );
}
