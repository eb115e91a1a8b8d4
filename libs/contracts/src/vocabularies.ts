/** Words in the portal's interface languages. */
/**
 * A text entered once (a region's name, a twinning's description), with its wording in other
 * interface languages where someone wrote one: a reader gets theirs, else the text as entered.
 */
export type TextVariants = Partial<Label>;

export interface Label {
  en: string;
  tr: string;
  de: string;
}

/** The UN Sustainable Development Goals, by number. */
export const SDGS: readonly { number: number; label: Label }[] = [
  { number: 1, label: { en: 'No poverty', tr: 'Yoksulluğa son', de: 'Keine Armut' } },
  { number: 2, label: { en: 'Zero hunger', tr: 'Açlığa son', de: 'Kein Hunger' } },
  { number: 3, label: { en: 'Good health and well-being', tr: 'Sağlıklı ve kaliteli yaşam', de: 'Gesundheit und Wohlergehen' } },
  { number: 4, label: { en: 'Quality education', tr: 'Nitelikli eğitim', de: 'Hochwertige Bildung' } },
  { number: 5, label: { en: 'Gender equality', tr: 'Toplumsal cinsiyet eşitliği', de: 'Geschlechtergleichheit' } },
  { number: 6, label: { en: 'Clean water and sanitation', tr: 'Temiz su ve sanitasyon', de: 'Sauberes Wasser und Sanitäreinrichtungen' } },
  { number: 7, label: { en: 'Affordable and clean energy', tr: 'Erişilebilir ve temiz enerji', de: 'Bezahlbare und saubere Energie' } },
  { number: 8, label: { en: 'Decent work and economic growth', tr: 'İnsana yakışır iş ve ekonomik büyüme', de: 'Menschenwürdige Arbeit und Wirtschaftswachstum' } },
  { number: 9, label: { en: 'Industry, innovation and infrastructure', tr: 'Sanayi, yenilikçilik ve altyapı', de: 'Industrie, Innovation und Infrastruktur' } },
  { number: 10, label: { en: 'Reduced inequalities', tr: 'Eşitsizliklerin azaltılması', de: 'Weniger Ungleichheiten' } },
  { number: 11, label: { en: 'Sustainable cities and communities', tr: 'Sürdürülebilir şehirler ve topluluklar', de: 'Nachhaltige Städte und Gemeinden' } },
  { number: 12, label: { en: 'Responsible consumption and production', tr: 'Sorumlu üretim ve tüketim', de: 'Nachhaltige/r Konsum und Produktion' } },
  { number: 13, label: { en: 'Climate action', tr: 'İklim eylemi', de: 'Maßnahmen zum Klimaschutz' } },
  { number: 14, label: { en: 'Life below water', tr: 'Sudaki yaşam', de: 'Leben unter Wasser' } },
  { number: 15, label: { en: 'Life on land', tr: 'Karasal yaşam', de: 'Leben an Land' } },
  { number: 16, label: { en: 'Peace, justice and strong institutions', tr: 'Barış, adalet ve güçlü kurumlar', de: 'Frieden, Gerechtigkeit und starke Institutionen' } },
  { number: 17, label: { en: 'Partnerships for the goals', tr: 'Amaçlar için ortaklıklar', de: 'Partnerschaften zur Erreichung der Ziele' } },
];
export const SDG_NUMBERS = SDGS.map((sdg) => sdg.number);

export const THEMES = [
  'environment_climate',
  'mobility',
  'social_inclusion',
  'culture_heritage',
  'youth',
  'education',
  'tourism',
  'local_economy',
  'governance_participation',
  'disaster_resilience',
  'health',
  'water_waste',
  'energy',
  'digital_services',
  'migration',
  'gender_equality',
  'urban_planning',
  'agriculture_rural',
] as const;
export type Theme = (typeof THEMES)[number];
export const THEME_LABELS: Record<Theme, Label> = {
  environment_climate: { en: 'Environment and climate', tr: 'Çevre ve iklim', de: 'Umwelt und Klima' },
  mobility: { en: 'Mobility', tr: 'Ulaşım ve hareketlilik', de: 'Mobilität' },
  social_inclusion: { en: 'Social inclusion', tr: 'Sosyal içerme', de: 'Soziale Inklusion' },
  culture_heritage: { en: 'Culture and heritage', tr: 'Kültür ve miras', de: 'Kultur und Kulturerbe' },
  youth: { en: 'Youth', tr: 'Gençlik', de: 'Jugend' },
  education: { en: 'Education', tr: 'Eğitim', de: 'Bildung' },
  tourism: { en: 'Tourism', tr: 'Turizm', de: 'Tourismus' },
  local_economy: { en: 'Local economy', tr: 'Yerel ekonomi', de: 'Lokale Wirtschaft' },
  governance_participation: { en: 'Governance and participation', tr: 'Yönetişim ve katılım', de: 'Verwaltung und Bürgerbeteiligung' },
  disaster_resilience: { en: 'Disaster resilience', tr: 'Afete dayanıklılık', de: 'Katastrophenvorsorge' },
  health: { en: 'Health', tr: 'Sağlık', de: 'Gesundheit' },
  water_waste: { en: 'Water and waste', tr: 'Su ve atık', de: 'Wasser und Abfall' },
  energy: { en: 'Energy', tr: 'Enerji', de: 'Energie' },
  digital_services: { en: 'Digital services', tr: 'Dijital hizmetler', de: 'Digitale Dienste' },
  migration: { en: 'Migration', tr: 'Göç', de: 'Migration' },
  gender_equality: { en: 'Gender equality', tr: 'Toplumsal cinsiyet eşitliği', de: 'Geschlechtergleichheit' },
  urban_planning: { en: 'Urban planning', tr: 'Kentsel planlama', de: 'Stadtplanung' },
  agriculture_rural: { en: 'Agriculture and rural development', tr: 'Tarım ve kırsal kalkınma', de: 'Landwirtschaft und ländliche Entwicklung' },
};

export const OUTCOMES = ['success', 'partial', 'failure', 'ongoing'] as const;
export type Outcome = (typeof OUTCOMES)[number];
export const OUTCOME_LABELS: Record<Outcome, Label> = {
  success: { en: 'Success', tr: 'Başarılı', de: 'Erfolg' },
  partial: { en: 'Partial success', tr: 'Kısmen başarılı', de: 'Teilerfolg' },
  failure: { en: 'Failure', tr: 'Başarısız', de: 'Misserfolg' },
  ongoing: { en: 'Ongoing', tr: 'Sürüyor', de: 'Laufend' },
};
/** Outcomes whose story needs a failure analysis. */
export const OUTCOMES_NEEDING_FAILURE_ANALYSIS: readonly Outcome[] = ['partial', 'failure'];

export const FAILURE_CAUSES = [
  'funding',
  'political_change',
  'staff_capacity',
  'community_resistance',
  'technical',
  'legal_regulatory',
  'partnership',
  'timing',
] as const;
export type FailureCause = (typeof FAILURE_CAUSES)[number];
export const FAILURE_CAUSE_LABELS: Record<FailureCause, Label> = {
  funding: { en: 'Funding', tr: 'Finansman', de: 'Finanzierung' },
  political_change: { en: 'Political change', tr: 'Siyasi değişiklik', de: 'Politischer Wechsel' },
  staff_capacity: { en: 'Staff capacity', tr: 'Personel kapasitesi', de: 'Personalkapazität' },
  community_resistance: { en: 'Community resistance', tr: 'Toplumsal direnç', de: 'Widerstand vor Ort' },
  technical: { en: 'Technical', tr: 'Teknik', de: 'Technische Probleme' },
  legal_regulatory: { en: 'Legal or regulatory', tr: 'Hukuki ya da mevzuat', de: 'Recht und Vorschriften' },
  partnership: { en: 'Partnership', tr: 'Ortaklık', de: 'Partnerschaft' },
  timing: { en: 'Timing', tr: 'Zamanlama', de: 'Zeitpunkt' },
};

/** The stage at which a practice failed or fell short. */
export const FAILURE_STAGES = ['design', 'funding', 'procurement', 'implementation', 'operation', 'scaling'] as const;
export type FailureStage = (typeof FAILURE_STAGES)[number];
export const FAILURE_STAGE_LABELS: Record<FailureStage, Label> = {
  design: { en: 'Design and planning', tr: 'Tasarım ve planlama', de: 'Konzeption und Planung' },
  funding: { en: 'Finding funding', tr: 'Finansman bulma', de: 'Mittelbeschaffung' },
  procurement: { en: 'Procurement', tr: 'Satın alma ve ihale', de: 'Vergabe' },
  implementation: { en: 'Implementation', tr: 'Uygulama', de: 'Umsetzung' },
  operation: { en: 'Operation after launch', tr: 'Açılış sonrası işletme', de: 'Betrieb nach dem Start' },
  scaling: { en: 'Scaling up', tr: 'Yaygınlaştırma', de: 'Ausweitung' },
};

export const FUNDING_SOURCE_KINDS = ['eu_programme', 'national', 'own_budget', 'private', 'other'] as const;
export type FundingSourceKind = (typeof FUNDING_SOURCE_KINDS)[number];
export const FUNDING_SOURCE_KIND_LABELS: Record<FundingSourceKind, Label> = {
  eu_programme: { en: 'EU programme', tr: 'AB programı', de: 'EU-Programm' },
  national: { en: 'National funds', tr: 'Ulusal kaynaklar', de: 'Nationale Mittel' },
  own_budget: { en: 'Own budget', tr: 'Belediye bütçesi', de: 'Eigenmittel' },
  private: { en: 'Private', tr: 'Özel sektör', de: 'Private Mittel' },
  other: { en: 'Other', tr: 'Diğer', de: 'Sonstige' },
};

/** ISO 4217 codes of the currencies twinned towns budget in. */
export const CURRENCIES = ['EUR', 'TRY', 'USD', 'GBP', 'CHF', 'SEK', 'DKK', 'PLN', 'CZK', 'HUF', 'RON', 'BGN'] as const;
export type Currency = (typeof CURRENCIES)[number];

/** ISO 639-1 codes a case study can be written in. */
export const CASE_STUDY_LANGUAGES = ['tr', 'en', 'de', 'fr', 'es', 'it', 'nl', 'pl', 'ro', 'bg', 'el', 'hu', 'cs', 'sk', 'sl', 'hr', 'sv', 'fi', 'da', 'pt', 'lt', 'lv', 'et'] as const;
export type CaseStudyLanguage = (typeof CASE_STUDY_LANGUAGES)[number];

/** The official languages of a country, among those a case study can be written in (ISO 3166-1 alpha-2 keys). */
export const COUNTRY_LANGUAGES: Readonly<Partial<Record<string, readonly CaseStudyLanguage[]>>> = {
  TR: ['tr'],
  DE: ['de'],
  AT: ['de'],
  CH: ['de', 'fr', 'it'],
  FR: ['fr'],
  BE: ['nl', 'fr', 'de'],
  LU: ['fr', 'de'],
  NL: ['nl'],
  ES: ['es'],
  IT: ['it'],
  PT: ['pt'],
  PL: ['pl'],
  RO: ['ro'],
  BG: ['bg'],
  GR: ['el'],
  CY: ['el', 'tr'],
  HU: ['hu'],
  CZ: ['cs'],
  SK: ['sk'],
  SI: ['sl'],
  HR: ['hr'],
  SE: ['sv'],
  FI: ['fi', 'sv'],
  DK: ['da'],
  LT: ['lt'],
  LV: ['lv'],
  EE: ['et'],
  IE: ['en'],
  MT: ['en'],
  GB: ['en'],
};
