import { Textarea } from '@mantine/core';
import { CASE_STUDY_LIMITS } from '@twinning/contracts';
import { useTranslation } from 'react-i18next';
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
      description={hint ? `${hint} ${t('caseStudyForm.markdownHint')}` : t('caseStudyForm.markdownHint')}
      required={required}
      autosize
      minRows={4}
      maxRows={20}
      maxLength={CASE_STUDY_LIMITS.longTextMaxLength}
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
      error={error}
    />
  );
}
