import { type CaseStudyContent, type CaseStudyVersion, changedTextSections, type ShownTranslation, withTranslatedTexts } from '@twinning/contracts';
import { type CaseStudyAccess } from '../case-studies/case-study-access';
import { type CaseStudyRevisionEntity } from '../case-studies/case-study-revision.entity';
import { type CaseStudyTranslationEntity } from './case-study-translation.entity';
import { translatorAsSeen } from './translation-access';

/**
 * The languages a reader asked for, best first: `?lang=` alone when it is given (a reader who
 * picked a version gets it), else the Accept-Language header by its weights.
 */
export function preferredLanguages(lang: string | undefined, acceptLanguage: string | undefined): string[] {
  if (lang) return [lang];
  return (acceptLanguage ?? '')
    .split(',')
    .map((part, index) => {
      const [tag, ...parameters] = part.trim().split(';');
      const weight = parameters.map((parameter) => /^\s*q=([\d.]+)\s*$/.exec(parameter)?.[1]).find(Boolean);
      return { language: tag.trim().toLowerCase().split('-')[0], weight: weight === undefined ? 1 : Number(weight), index };
    })
    .filter((entry) => entry.language && entry.language !== '*' && entry.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.index - b.index)
    .map((entry) => entry.language);
}

export interface Reading {
  content: CaseStudyContent;
  translation: ShownTranslation | null;
  versions: CaseStudyVersion[];
}

/** What the original changed in the texts since the translation's revision was made from it. */
function outdatedSectionsOf(translation: CaseStudyTranslationEntity, published: CaseStudyRevisionEntity) {
  const revision = translation.publishedRevision!;
  return revision.sourceRevisionId === published.id ? [] : changedTextSections(revision.sourceRevision.content, published.content);
}

/**
 * The version of a published case study a reader gets: the first preferred language that is the
 * original's or has an approved translation; the original when none has. `translations` are the
 * approved ones (TranslationsRepository.findPublished).
 */
export function readingOf(published: CaseStudyRevisionEntity, translations: CaseStudyTranslationEntity[], preferred: readonly string[], access: Pick<CaseStudyAccess, 'knowsTown'>): Reading {
  const original = published.content.language!;
  const versions: CaseStudyVersion[] = [
    { language: original, original: true, outdatedSections: [] },
    ...translations.filter((translation) => translation.language !== original).map((translation) => ({ language: translation.language, original: false, outdatedSections: outdatedSectionsOf(translation, published) })),
  ];
  const chosen = preferred.map((language) => versions.find((version) => version.language === language)).find(Boolean);
  const translation = chosen && !chosen.original ? translations.find((candidate) => candidate.language === chosen.language)! : undefined;
  if (!translation) return { content: published.content, translation: null, versions };
  const revision = translation.publishedRevision!;
  return {
    content: withTranslatedTexts(published.content, revision.texts, translation.language),
    translation: {
      translationId: translation.id,
      language: translation.language,
      originalLanguage: original,
      translator: translatorAsSeen(revision.municipality, access),
      approvedAt: (revision.decidedAt ?? revision.submittedAt).toISOString(),
      outdatedSections: chosen!.outdatedSections,
    },
    versions,
  };
}
