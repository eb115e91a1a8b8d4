import { Textarea } from '@mantine/core';
import { CASE_STUDY_LIMITS } from '@twinning/contracts';
import { useTranslation } from 'react-i18next';
import { CharacterCount } from '../../../common/components/CharacterCount';
import { fieldId } from '../utils/content-fields';

interface MarkdownFieldProps {
  path: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  required?: boolean;
  /** What to write here; the Markdown hint follows it. */
  hint?: string;
}

/** A long text of the template, written in Markdown. */
export function MarkdownField({ path, label, value, onChange, error, required, hint }: MarkdownFieldProps) {
  const { t } = useTranslation();
  return (
    <Textarea
      id={fieldId(path)}
      label={label}
      description={
        <CharacterCount value={value} max={CASE_STUDY_LIMITS.longTextMaxLength}>
          {hint ? `${hint} ${t('caseStudyForm.markdownHint')}` : t('caseStudyForm.markdownHint')}
        </CharacterCount>
      }
      required={required}
      autosize
      minRows={4}
      maxRows={20}
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
      error={error}
    />
  );
}
