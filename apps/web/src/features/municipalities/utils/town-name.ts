import { type MunicipalitySummary } from '@twinning/contracts';

const LATIN_ONLY = /^[\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}]*$/u;

/**
 * A town's name as a line of text: its own name, with the English one first when its own is in
 * another script ("Plovdiv / Пловдив"), so that a reader of Latin script (a moderator) can read it.
 */
export function townName(town: Pick<MunicipalitySummary, 'nameLocal' | 'nameEn'>): string {
  return LATIN_ONLY.test(town.nameLocal) || town.nameEn === town.nameLocal ? town.nameLocal : `${town.nameEn} / ${town.nameLocal}`;
}
