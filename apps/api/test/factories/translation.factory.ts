import { type CaseStudyContent, textsOf, type TranslatedTexts } from '@twinning/contracts';
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
