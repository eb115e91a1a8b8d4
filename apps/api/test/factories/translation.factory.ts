import { type CaseStudyContent, textsOf, type TranslatedTexts } from '@twinning/contracts';
import { type DataSource } from 'typeorm';
import { type CaseStudyRevisionEntity } from '../../src/case-studies/case-study-revision.entity';
import { CaseStudyTranslationRevisionEntity } from '../../src/translations/case-study-translation-revision.entity';
import { CaseStudyTranslationEntity } from '../../src/translations/case-study-translation.entity';
import { completeContent } from './case-study.factory';

/** A Turkish practice of Bursa's, every text in Turkish, so a search in another language finds only its translation. */
export function turkishContent(overrides: Partial<CaseStudyContent> = {}): CaseStudyContent {
  return completeContent({
    title: 'Sahil yolunda korumalı bisiklet yolları',
    summary: 'Kardeş şehrimizin önerileriyle on iki kilometre korumalı bisiklet yolu yaptık.',
    language: 'tr',
    context: 'Sahil yolundaki trafik on yılda ikiye katlandı.',
    whatWasDone: 'Ağı sakinlerle birlikte planladık ve iki aşamada yaptık.',
    results: 'Koridordaki bisiklet yolculukları üçe katlandı.',
    whatWorked: 'Çizime başlamadan önce güzergâhı esnafla birlikte yürüdük.',
    whatDidNotWork: 'Geçici dubalar iki kez gece kaldırıldı.',
    whatWeWouldDoDifferently: 'Bilgilendirme kampanyasına bir mevsim önce başlardık.',
    preconditions: 'Sokak alanı için bir meclis kararı.',
    tipsForAdopters: 'Önce tek bir sokakta deneyin.',
    staffAndTime: 'On sekiz ay boyunca üç mühendis.',
    ...overrides,
  });
}

/** The German translation of `original`'s texts, each marked so a test can tell it from the original. */
export function germanTexts(original: CaseStudyContent, overrides: Partial<TranslatedTexts> = {}): TranslatedTexts {
  const texts = Object.fromEntries(Object.entries(textsOf(original)).map(([field, text]) => [field, text ? `Deutsch: ${field} übersetzt` : ''])) as TranslatedTexts;
  return { ...texts, title: 'Geschützte Radwege an der Küstenstraße', summary: 'Zwölf Kilometer geschützte Radfahrstreifen, mit dem Rat unserer Partnerstadt gebaut.', ...overrides };
}

/** A German translation revision of a published case study, waiting for a moderator, as its submission would have left it. */
export async function insertTranslationRevision(
  dataSource: DataSource,
  fixture: { caseStudyId: string; sourceRevision: CaseStudyRevisionEntity; municipalityId: string; submittedById?: string | null },
): Promise<CaseStudyTranslationRevisionEntity> {
  const translation = await dataSource.getRepository(CaseStudyTranslationEntity).save({ caseStudyId: fixture.caseStudyId, language: 'de', publishedRevisionId: null });
  return dataSource.getRepository(CaseStudyTranslationRevisionEntity).save({
    translationId: translation.id,
    number: 1,
    texts: germanTexts(fixture.sourceRevision.content),
    sourceRevisionId: fixture.sourceRevision.id,
    municipalityId: fixture.municipalityId,
    submittedById: fixture.submittedById ?? null,
    status: 'submitted',
  });
}
