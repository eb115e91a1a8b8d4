import { ApiRoutes, EXPORT_COLUMNS, type ExportFormat, OPEN_DATA_LICENCE } from '@twinning/contracts';

const EU_VOCABULARY = 'http://publications.europa.eu/resource/authority';

/** The JSON-LD names of the vocabularies DCAT-AP uses; written inline, so no reader has to fetch a context. */
const CONTEXT = {
  dcat: 'http://www.w3.org/ns/dcat#',
  dct: 'http://purl.org/dc/terms/',
  foaf: 'http://xmlns.com/foaf/0.1/',
  vcard: 'http://www.w3.org/2006/vcard/ns#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
};

type LanguageTexts = Record<'en' | 'tr' | 'de', string>;

function texts(values: LanguageTexts) {
  return Object.entries(values).map(([language, value]) => ({ '@value': value, '@language': language }));
}

const ref = (id: string) => ({ '@id': id });

const DATASET_TITLE: LanguageTexts = {
  en: 'Case studies of twinned towns: what they tried, what worked and what failed',
  tr: 'Kardeş şehirlerin vaka çalışmaları: ne denediler, ne işe yaradı, ne başarısız oldu',
  de: 'Praxisbeispiele von Partnerstädten: was sie versucht haben, was gelang und was scheiterte',
};

const DATASET_DESCRIPTION: LanguageTexts = {
  en: 'Every published case study of Twinning Exchange: the practice, its outcome (success, partial or failure), its story and indicators, lessons, failure analysis, transferability, budget and funding, timeline, SDGs and themes. Case studies published anonymously carry no town. One record per case study, as CSV or JSON.',
  tr: 'Twinning Exchange’te yayımlanan tüm vaka çalışmaları: uygulama, sonucu (başarılı, kısmen başarılı veya başarısız), hikâyesi ve göstergeleri, dersler, başarısızlık analizi, aktarılabilirlik, bütçe ve finansman, zaman çizelgesi, SKA’lar ve temalar. Anonim yayımlananlar belediye adı taşımaz. Her vaka çalışması bir kayıt; CSV veya JSON.',
  de: 'Alle veröffentlichten Praxisbeispiele von Twinning Exchange: die Praxis, ihr Ergebnis (Erfolg, teilweise oder gescheitert), Verlauf und Indikatoren, Lehren, Analyse des Scheiterns, Übertragbarkeit, Budget und Finanzierung, Zeitraum, SDGs und Themen. Anonym veröffentlichte Beispiele nennen keine Kommune. Ein Datensatz je Praxisbeispiel, als CSV oder JSON.',
};

const KEYWORDS: LanguageTexts[] = [
  { en: 'town twinning', tr: 'kardeş şehir', de: 'Städtepartnerschaft' },
  { en: 'good practice', tr: 'iyi uygulama', de: 'gute Praxis' },
  { en: 'local government', tr: 'yerel yönetim', de: 'Kommunalverwaltung' },
  { en: 'sustainable development goals', tr: 'sürdürülebilir kalkınma amaçları', de: 'Ziele für nachhaltige Entwicklung' },
];

const DISTRIBUTIONS: Record<ExportFormat, { fileType: string; mediaType: string }> = {
  csv: { fileType: 'CSV', mediaType: 'text/csv' },
  json: { fileType: 'JSON', mediaType: 'application/json' },
};

export interface CatalogFacts {
  publicUrl: string;
  /** When the first and the latest case study were published; null while none is. */
  firstPublishedAt: Date | null;
  lastPublishedAt: Date | null;
}

const dateTime = (date: Date) => ({ '@value': date.toISOString(), '@type': 'xsd:dateTime' });

/**
 * The open data described in DCAT-AP (the EU's profile of W3C DCAT) as JSON-LD, so national and
 * EU open-data portals can harvest it: one catalogue holding one dataset, the published case
 * studies, in two distributions (the CSV and JSON export), under CC BY 4.0.
 */
export function openDataCatalog({ publicUrl, firstPublishedAt, lastPublishedAt }: CatalogFacts): Record<string, unknown> {
  const catalogUrl = `${publicUrl}${ApiRoutes.openDataCatalog}`;
  const publisher = { '@id': `${publicUrl}/`, '@type': 'foaf:Agent', 'foaf:name': 'Twinning Exchange', 'dct:type': ref(`${EU_VOCABULARY}/corporate-body-classification/PUBLIC_BODY`) };
  const licence = ref(OPEN_DATA_LICENCE.url);
  return {
    '@context': CONTEXT,
    '@id': catalogUrl,
    '@type': 'dcat:Catalog',
    'dct:title': texts({ en: 'Twinning Exchange open data', tr: 'Twinning Exchange açık verisi', de: 'Offene Daten von Twinning Exchange' }),
    'dct:description': texts({
      en: 'Open data of Twinning Exchange, the portal where twinned towns share what they tried.',
      tr: 'Kardeş şehirlerin denediklerini paylaştığı portal Twinning Exchange’in açık verisi.',
      de: 'Offene Daten von Twinning Exchange, dem Portal, in dem Partnerstädte teilen, was sie versucht haben.',
    }),
    'dct:publisher': publisher,
    'foaf:homepage': ref(`${publicUrl}/`),
    'dct:language': ['ENG', 'TUR', 'DEU'].map((code) => ref(`${EU_VOCABULARY}/language/${code}`)),
    'dct:license': licence,
    ...(lastPublishedAt ? { 'dct:modified': dateTime(lastPublishedAt) } : {}),
    'dcat:dataset': {
      '@id': `${catalogUrl}#case-studies`,
      '@type': 'dcat:Dataset',
      'dct:identifier': `${catalogUrl}#case-studies`,
      'dct:title': texts(DATASET_TITLE),
      'dct:description': texts(DATASET_DESCRIPTION),
      'dcat:keyword': KEYWORDS.flatMap(texts),
      'dcat:theme': ['GOVE', 'REGI', 'SOCI'].map((code) => ref(`${EU_VOCABULARY}/data-theme/${code}`)),
      'dct:publisher': publisher,
      'dcat:contactPoint': { '@type': 'vcard:Organization', 'vcard:fn': 'Twinning Exchange', 'vcard:hasURL': ref(`${publicUrl}/`) },
      'dcat:landingPage': ref(`${publicUrl}/search`),
      'dct:spatial': ref(`${EU_VOCABULARY}/continent/EUROPE`),
      'dct:accrualPeriodicity': ref(`${EU_VOCABULARY}/frequency/CONT`),
      'dct:accessRights': ref(`${EU_VOCABULARY}/access-right/PUBLIC`),
      ...(firstPublishedAt ? { 'dct:issued': dateTime(firstPublishedAt) } : {}),
      ...(lastPublishedAt ? { 'dct:modified': dateTime(lastPublishedAt) } : {}),
      'dcat:distribution': Object.entries(DISTRIBUTIONS).map(([format, { fileType, mediaType }]) => {
        const url = `${publicUrl}${ApiRoutes.searchExport}?format=${format}`;
        return {
          '@id': url,
          '@type': 'dcat:Distribution',
          'dct:title': texts({ en: `Case studies (${fileType})`, tr: `Vaka çalışmaları (${fileType})`, de: `Praxisbeispiele (${fileType})` }),
          'dct:description': texts({
            en: `One record per published case study with the columns ${EXPORT_COLUMNS.join(', ')}.`,
            tr: `Yayımlanmış her vaka çalışması için bir kayıt; sütunlar: ${EXPORT_COLUMNS.join(', ')}.`,
            de: `Ein Datensatz je veröffentlichtem Praxisbeispiel mit den Spalten ${EXPORT_COLUMNS.join(', ')}.`,
          }),
          'dcat:accessURL': ref(url),
          'dcat:downloadURL': ref(url),
          'dct:format': ref(`${EU_VOCABULARY}/file-type/${fileType}`),
          'dcat:mediaType': ref(`https://www.iana.org/assignments/media-types/${mediaType}`),
          'dct:license': licence,
        };
      }),
    },
  };
}
