import { CASE_STUDY_LANGUAGES, type CaseStudyLanguage } from '@twinning/contracts';
import { useTranslation } from 'react-i18next';
import { isOneOf } from '../../../common/utils/is-one-of';

/** The interface's language when case studies can be written in it: lists, cards and search hits ask for their approved translation into it. */
export function useReaderLanguage(): CaseStudyLanguage | undefined {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  return isOneOf(language, CASE_STUDY_LANGUAGES) ? language : undefined;
}
