import {
  FAILURE_CAUSE_LABELS,
  FAILURE_STAGE_LABELS,
  findSdgTarget,
  FUNDING_SOURCE_KIND_LABELS,
  OUTCOME_LABELS,
  POPULATION_BAND_LABELS,
  SDGS,
  THEME_LABELS,
  type Label,
  type SearchFacet,
} from '@twinning/contracts';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../i18n';

/** For labels of values that name no town by id (statistics): no town names to look up. */
export const NO_TOWN_NAMES: ReadonlyMap<string, string> = new Map();
const NO_NAMES: ReadonlyMap<string, string> = new Map();

function vocabularyLabel(labels: Record<string, Label>, value: string): Label | undefined {
  return Object.hasOwn(labels, value) ? labels[value] : undefined;
}

/**
 * A facet value in words, in the current language: "SDG 11 · Sustainable cities and communities",
 * "Water and waste", "Germany", "German", a town's or a funding programme's name, a collection's title. The same words name a facet's checkbox
 * and its "Remove filter" chip.
 */
export function useFacetValueLabel(townNames: ReadonlyMap<string, string>, programmeNames: ReadonlyMap<string, string> = NO_NAMES, collectionTitles: ReadonlyMap<string, string> = NO_NAMES) {
  const { t } = useTranslation();
  const { labelOf, countryName, languageName } = useFormatters();

  return useCallback(
    (facet: SearchFacet, value: string, apiLabel?: string): string => {
      const fromVocabulary = (labels: Record<string, Label>) => {
        const label = vocabularyLabel(labels, value);
        return label ? labelOf(label) : value;
      };
      switch (facet) {
        case 'sdg': {
          const sdg = SDGS.find((goal) => String(goal.number) === value);
          return sdg ? t('search.sdgValue', { number: sdg.number, name: labelOf(sdg.label) }) : value;
        }
        case 'sdg_target': {
          const target = findSdgTarget(value);
          return target ? t('search.sdgTargetValue', { number: target.number, name: labelOf(target.label) }) : value;
        }
        case 'theme':
          return fromVocabulary(THEME_LABELS);
        case 'failure_cause':
          return fromVocabulary(FAILURE_CAUSE_LABELS);
        case 'failure_stage':
          return fromVocabulary(FAILURE_STAGE_LABELS);
        case 'outcome':
          return fromVocabulary(OUTCOME_LABELS);
        case 'funding':
          return fromVocabulary(FUNDING_SOURCE_KIND_LABELS);
        case 'population_band':
          return fromVocabulary(POPULATION_BAND_LABELS);
        case 'country':
          return countryName(value);
        case 'language':
          return languageName(value);
        case 'municipality':
          return apiLabel || townNames.get(value) || t('search.unknownTown');
        case 'programme':
          return apiLabel || programmeNames.get(value) || t('search.unknownProgramme');
        case 'collection':
          return collectionTitles.get(value) || t('search.unknownCollection');
        case 'year':
          return value;
      }
    },
    [t, labelOf, countryName, languageName, townNames, programmeNames, collectionTitles],
  );
}
