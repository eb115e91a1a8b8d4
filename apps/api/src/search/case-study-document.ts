import {
  type AnonymousOrigin,
  type CaseStudyContent,
  type CaseStudyLanguage,
  type CoverPicture,
  type FailureCause,
  type FailureStage,
  type FundingSourceKind,
  glossaryTermsOf,
  type MunicipalitySummary,
  type Outcome,
  populationBandOf,
  type PopulationBand,
  type Theme,
  type TranslatedTexts,
} from '@twinning/contracts';

/** What the search index holds of one published case study: flat, with everything people filter on. */
export interface CaseStudyDocument {
  id: string;
  title: string;
  summary: string;
  lessons: string;
  transferability: string;
  failureAnalysis: string;
  story: string;
  /**
   * The approved translations, one entry per language in each of these (same order), so a hit can
   * show the one in the reader's language, highlighted. Searched like the original's texts.
   */
  translationLanguages: CaseStudyLanguage[];
  translatedTitles: string[];
  translatedSummaries: string[];
  /** Each translation's other texts, joined. */
  translatedTexts: string[];
  /**
   * Every term, in English, Turkish and German, of the glossary concepts its texts mention: a
   * search in any of the three finds it, and similar practices compare concepts across languages.
   */
  glossaryTerms: string[];
  /** Both names of the town; empty for an anonymous case study. */
  municipalityNames: string[];
  language: CaseStudyLanguage;
  outcome: Outcome;
  sdgs: number[];
  sdgTargets: string[];
  themes: Theme[];
  failureCauses: FailureCause[];
  failureStage: FailureStage | null;
  /** For an anonymous case study, only when enough towns share the country (anonymous-origin.ts). */
  country: string | null;
  /** Null for an anonymous case study: no filter can single out its town. */
  municipalityId: string | null;
  /** The owner's twinning partners; empty for an anonymous case study. */
  ownerPartnerIds: string[];
  year: number;
  funding: FundingSourceKind[];
  /** The catalogue programmes that funded it (ids). */
  programmes: string[];
  /** The moderators' collections it is in (ids): membership names no town. */
  collections: string[];
  /** Null for an anonymous case study: a size band with a country can fit one town. */
  populationBand: PopulationBand | null;
  /**
   * For an anonymous write-up of an adaptation, the case study it was adapted from: kept out of
   * that one's similar practices, where it would stand beside the adapting town's name.
   */
  anonymousWriteUpOf: string | null;
  adaptationCount: number;
  /** Milliseconds since the epoch, for sorting by newest. */
  publishedAt: number;
  featured: boolean;
  municipality: MunicipalitySummary | null;
  anonymousOrigin: AnonymousOrigin | null;
  /** Its cover picture: a random id, which names no town. */
  cover: CoverPicture | null;
}

/** The index's settings; applied at start, and to every rebuilt index. */
export const CASE_STUDY_INDEX_SETTINGS = {
  // Where a word is found says how much it matters: a lesson counts more than the long story.
  // A translation's words weigh like the original's in the same place; the glossary's terms in the
  // other languages count least, so a case study that uses the searched word itself ranks first.
  searchableAttributes: ['title', 'translatedTitles', 'summary', 'translatedSummaries', 'lessons', 'municipalityNames', 'transferability', 'failureAnalysis', 'story', 'translatedTexts', 'glossaryTerms'],
  filterableAttributes: ['sdgs', 'sdgTargets', 'themes', 'outcome', 'failureCauses', 'failureStage', 'country', 'municipalityId', 'ownerPartnerIds', 'language', 'year', 'funding', 'programmes', 'collections', 'populationBand', 'id', 'anonymousWriteUpOf'],
  sortableAttributes: ['publishedAt', 'adaptationCount'],
  displayedAttributes: ['*'],
  pagination: { maxTotalHits: 100_000 },
  faceting: { maxValuesPerFacet: 200 },
  // The glossary as synonyms expanded every query (about three times the cost of a search); its
  // terms are indexed with each document instead (glossaryTerms).
  synonyms: {},
  // No typo in words under 6 letters (Meilisearch's default: 5), where one typo turns a word of
  // the field into another: "waste" read as "wate…" found water. Listing the glossary's words in
  // disableOnWords did the same but made every document write 3–7 times slower.
  typoTolerance: { minWordSizeForTypos: { oneTypo: 6, twoTypos: 8 } },
};

export interface IndexableCaseStudy {
  id: string;
  content: CaseStudyContent;
  /** Set when the published revision hides the town: as much of its origin as may be named. */
  anonymousOrigin: AnonymousOrigin | null;
  adaptedFromCaseStudyId: string | null;
  featured: boolean;
  publishedAt: Date;
  municipality: MunicipalitySummary;
  ownerPartnerIds: string[];
  collectionIds: string[];
  adaptationCount: number;
  /** The approved translations' texts, by language. */
  translations: { language: CaseStudyLanguage; texts: TranslatedTexts }[];
  cover: CoverPicture | null;
}

const join = (...texts: string[]) => texts.filter((text) => text.trim()).join('\n\n');

export function toCaseStudyDocument(source: IndexableCaseStudy): CaseStudyDocument {
  const { content, municipality } = source;
  const origin = source.anonymousOrigin;
  const anonymous = origin !== null;
  const translations = source.translations.filter((translation) => translation.language !== content.language);
  const document: CaseStudyDocument = {
    id: source.id,
    title: content.title,
    summary: content.summary,
    lessons: join(content.whatWorked, content.whatDidNotWork, content.whatWeWouldDoDifferently),
    transferability: join(content.preconditions, content.tipsForAdopters),
    failureAnalysis: join(...content.failureCauses.map((cause) => cause.note), content.salvaged),
    story: join(content.context, content.whatWasDone, content.results),
    translationLanguages: translations.map((translation) => translation.language),
    translatedTitles: translations.map((translation) => translation.texts.title),
    translatedSummaries: translations.map((translation) => translation.texts.summary),
    translatedTexts: translations.map(({ texts }) =>
      join(
        texts.whatWorked,
        texts.whatDidNotWork,
        texts.whatWeWouldDoDifferently,
        texts.preconditions,
        texts.tipsForAdopters,
        texts.salvaged,
        ...content.failureCauses.map((_, index) => texts[`failureCauses[${index}].note`] ?? ''),
        texts.context,
        texts.whatWasDone,
        texts.results,
      ),
    ),
    glossaryTerms: [],
    municipalityNames: anonymous ? [] : [...new Set([municipality.nameLocal, municipality.nameEn])],
    language: content.language!,
    outcome: content.outcome!,
    sdgs: content.sdgs,
    sdgTargets: content.sdgTargets,
    themes: content.themes,
    failureCauses: [...new Set(content.failureCauses.map((cause) => cause.cause))],
    failureStage: content.failureStage,
    country: origin ? origin.country : municipality.country,
    municipalityId: anonymous ? null : municipality.id,
    ownerPartnerIds: anonymous ? [] : source.ownerPartnerIds,
    year: Number(content.startDate!.slice(0, 4)),
    funding: [...new Set(content.fundingSources.map((source) => source.kind))],
    programmes: [...new Set(content.fundingSources.flatMap((source) => (source.programmeId ? [source.programmeId] : [])))],
    collections: source.collectionIds,
    populationBand: anonymous ? null : populationBandOf(municipality.population),
    anonymousWriteUpOf: anonymous ? source.adaptedFromCaseStudyId : null,
    adaptationCount: source.adaptationCount,
    publishedAt: source.publishedAt.getTime(),
    featured: source.featured,
    municipality: anonymous ? null : municipality,
    anonymousOrigin: origin,
    cover: source.cover,
  };
  const { title, summary, lessons, transferability, failureAnalysis, story, translatedTitles, translatedSummaries, translatedTexts } = document;
  return { ...document, glossaryTerms: glossaryTermsOf([title, summary, lessons, transferability, failureAnalysis, story, ...translatedTitles, ...translatedSummaries, ...translatedTexts]) };
}
