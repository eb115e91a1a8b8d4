import {
  type AnonymousOrigin,
  type CaseStudyContent,
  type CaseStudyLanguage,
  type FailureCause,
  type FundingSourceKind,
  glossarySynonyms,
  type MunicipalitySummary,
  type Outcome,
  populationBandOf,
  type PopulationBand,
  type Theme,
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
  /** Both names of the town; empty for an anonymous case study. */
  municipalityNames: string[];
  language: CaseStudyLanguage;
  outcome: Outcome;
  sdgs: number[];
  themes: Theme[];
  failureCauses: FailureCause[];
  country: string;
  /** Null for an anonymous case study: no filter can single out its town. */
  municipalityId: string | null;
  /** The owner's twinning partners; empty for an anonymous case study. */
  ownerPartnerIds: string[];
  year: number;
  funding: FundingSourceKind[];
  populationBand: PopulationBand;
  adaptationCount: number;
  /** Milliseconds since the epoch, for sorting by newest. */
  publishedAt: number;
  featured: boolean;
  municipality: MunicipalitySummary | null;
  anonymousOrigin: AnonymousOrigin | null;
}

/** The index's settings, the glossary's synonyms with them; applied at start, and to every rebuilt index. */
export const CASE_STUDY_INDEX_SETTINGS = {
  // Where a word is found says how much it matters: a lesson counts more than the long story.
  searchableAttributes: ['title', 'summary', 'lessons', 'municipalityNames', 'transferability', 'failureAnalysis', 'story'],
  filterableAttributes: ['sdgs', 'themes', 'outcome', 'failureCauses', 'country', 'municipalityId', 'ownerPartnerIds', 'language', 'year', 'funding', 'populationBand', 'id'],
  sortableAttributes: ['publishedAt', 'adaptationCount'],
  displayedAttributes: ['*'],
  pagination: { maxTotalHits: 100_000 },
  faceting: { maxValuesPerFacet: 200 },
  synonyms: glossarySynonyms(),
};

export interface IndexableCaseStudy {
  id: string;
  content: CaseStudyContent;
  publishAnonymously: boolean;
  featured: boolean;
  publishedAt: Date;
  municipality: MunicipalitySummary;
  ownerPartnerIds: string[];
  adaptationCount: number;
}

const join = (...texts: string[]) => texts.filter((text) => text.trim()).join('\n\n');

export function toCaseStudyDocument(source: IndexableCaseStudy): CaseStudyDocument {
  const { content, municipality } = source;
  const anonymous = source.publishAnonymously;
  return {
    id: source.id,
    title: content.title,
    summary: content.summary,
    lessons: join(content.whatWorked, content.whatDidNotWork, content.whatWeWouldDoDifferently),
    transferability: join(content.preconditions, content.tipsForAdopters),
    failureAnalysis: join(...content.failureCauses.map((cause) => cause.note), content.salvaged),
    story: join(content.context, content.whatWasDone, content.results),
    municipalityNames: anonymous ? [] : [...new Set([municipality.nameLocal, municipality.nameEn])],
    language: content.language!,
    outcome: content.outcome!,
    sdgs: content.sdgs,
    themes: content.themes,
    failureCauses: [...new Set(content.failureCauses.map((cause) => cause.cause))],
    country: municipality.country,
    municipalityId: anonymous ? null : municipality.id,
    ownerPartnerIds: anonymous ? [] : source.ownerPartnerIds,
    year: Number(content.startDate!.slice(0, 4)),
    funding: [...new Set(content.fundingSources.map((source) => source.kind))],
    populationBand: populationBandOf(municipality.population),
    adaptationCount: source.adaptationCount,
    publishedAt: source.publishedAt.getTime(),
    featured: source.featured,
    municipality: anonymous ? null : municipality,
    anonymousOrigin: anonymous ? { kind: municipality.kind, country: municipality.country } : null,
  };
}
