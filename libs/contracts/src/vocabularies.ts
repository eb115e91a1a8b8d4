/** Words in the portal's two interface languages. */
export interface Label {
  en: string;
  tr: string;
}

/** The UN Sustainable Development Goals, by number. */
export const SDGS: readonly { number: number; label: Label }[] = [
  { number: 1, label: { en: 'No poverty', tr: 'Yoksulluğa son' } },
  { number: 2, label: { en: 'Zero hunger', tr: 'Açlığa son' } },
  { number: 3, label: { en: 'Good health and well-being', tr: 'Sağlıklı ve kaliteli yaşam' } },
  { number: 4, label: { en: 'Quality education', tr: 'Nitelikli eğitim' } },
  { number: 5, label: { en: 'Gender equality', tr: 'Toplumsal cinsiyet eşitliği' } },
  { number: 6, label: { en: 'Clean water and sanitation', tr: 'Temiz su ve sanitasyon' } },
  { number: 7, label: { en: 'Affordable and clean energy', tr: 'Erişilebilir ve temiz enerji' } },
  { number: 8, label: { en: 'Decent work and economic growth', tr: 'İnsana yakışır iş ve ekonomik büyüme' } },
  { number: 9, label: { en: 'Industry, innovation and infrastructure', tr: 'Sanayi, yenilikçilik ve altyapı' } },
  { number: 10, label: { en: 'Reduced inequalities', tr: 'Eşitsizliklerin azaltılması' } },
  { number: 11, label: { en: 'Sustainable cities and communities', tr: 'Sürdürülebilir şehirler ve topluluklar' } },
  { number: 12, label: { en: 'Responsible consumption and production', tr: 'Sorumlu üretim ve tüketim' } },
  { number: 13, label: { en: 'Climate action', tr: 'İklim eylemi' } },
  { number: 14, label: { en: 'Life below water', tr: 'Sudaki yaşam' } },
  { number: 15, label: { en: 'Life on land', tr: 'Karasal yaşam' } },
  { number: 16, label: { en: 'Peace, justice and strong institutions', tr: 'Barış, adalet ve güçlü kurumlar' } },
  { number: 17, label: { en: 'Partnerships for the goals', tr: 'Amaçlar için ortaklıklar' } },
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
  environment_climate: { en: 'Environment and climate', tr: 'Çevre ve iklim' },
  mobility: { en: 'Mobility', tr: 'Ulaşım ve hareketlilik' },
  social_inclusion: { en: 'Social inclusion', tr: 'Sosyal içerme' },
  culture_heritage: { en: 'Culture and heritage', tr: 'Kültür ve miras' },
  youth: { en: 'Youth', tr: 'Gençlik' },
  education: { en: 'Education', tr: 'Eğitim' },
  tourism: { en: 'Tourism', tr: 'Turizm' },
  local_economy: { en: 'Local economy', tr: 'Yerel ekonomi' },
  governance_participation: { en: 'Governance and participation', tr: 'Yönetişim ve katılım' },
  disaster_resilience: { en: 'Disaster resilience', tr: 'Afete dayanıklılık' },
  health: { en: 'Health', tr: 'Sağlık' },
  water_waste: { en: 'Water and waste', tr: 'Su ve atık' },
  energy: { en: 'Energy', tr: 'Enerji' },
  digital_services: { en: 'Digital services', tr: 'Dijital hizmetler' },
  migration: { en: 'Migration', tr: 'Göç' },
  gender_equality: { en: 'Gender equality', tr: 'Toplumsal cinsiyet eşitliği' },
  urban_planning: { en: 'Urban planning', tr: 'Kentsel planlama' },
  agriculture_rural: { en: 'Agriculture and rural development', tr: 'Tarım ve kırsal kalkınma' },
};

export const OUTCOMES = ['success', 'partial', 'failure', 'ongoing'] as const;
export type Outcome = (typeof OUTCOMES)[number];
export const OUTCOME_LABELS: Record<Outcome, Label> = {
  success: { en: 'Success', tr: 'Başarılı' },
  partial: { en: 'Partial success', tr: 'Kısmen başarılı' },
  failure: { en: 'Failure', tr: 'Başarısız' },
  ongoing: { en: 'Ongoing', tr: 'Sürüyor' },
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
  funding: { en: 'Funding', tr: 'Finansman' },
  political_change: { en: 'Political change', tr: 'Siyasi değişiklik' },
  staff_capacity: { en: 'Staff capacity', tr: 'Personel kapasitesi' },
  community_resistance: { en: 'Community resistance', tr: 'Toplumsal direnç' },
  technical: { en: 'Technical', tr: 'Teknik' },
  legal_regulatory: { en: 'Legal or regulatory', tr: 'Hukuki ya da mevzuat' },
  partnership: { en: 'Partnership', tr: 'Ortaklık' },
  timing: { en: 'Timing', tr: 'Zamanlama' },
};

/** The stage at which a practice failed or fell short. */
export const FAILURE_STAGES = ['design', 'funding', 'procurement', 'implementation', 'operation', 'scaling'] as const;
export type FailureStage = (typeof FAILURE_STAGES)[number];
export const FAILURE_STAGE_LABELS: Record<FailureStage, Label> = {
  design: { en: 'Design and planning', tr: 'Tasarım ve planlama' },
  funding: { en: 'Finding funding', tr: 'Finansman bulma' },
  procurement: { en: 'Procurement', tr: 'Satın alma ve ihale' },
  implementation: { en: 'Implementation', tr: 'Uygulama' },
  operation: { en: 'Operation after launch', tr: 'Açılış sonrası işletme' },
  scaling: { en: 'Scaling up', tr: 'Yaygınlaştırma' },
};

export const FUNDING_SOURCE_KINDS = ['eu_programme', 'national', 'own_budget', 'private', 'other'] as const;
export type FundingSourceKind = (typeof FUNDING_SOURCE_KINDS)[number];
export const FUNDING_SOURCE_KIND_LABELS: Record<FundingSourceKind, Label> = {
  eu_programme: { en: 'EU programme', tr: 'AB programı' },
  national: { en: 'National funds', tr: 'Ulusal kaynaklar' },
  own_budget: { en: 'Own budget', tr: 'Belediye bütçesi' },
  private: { en: 'Private', tr: 'Özel sektör' },
  other: { en: 'Other', tr: 'Diğer' },
};

/** ISO 4217 codes of the currencies twinned towns budget in. */
export const CURRENCIES = ['EUR', 'TRY', 'USD', 'GBP', 'CHF', 'SEK', 'DKK', 'PLN', 'CZK', 'HUF', 'RON', 'BGN'] as const;
export type Currency = (typeof CURRENCIES)[number];

/** ISO 639-1 codes a case study can be written in. */
export const CASE_STUDY_LANGUAGES = ['tr', 'en', 'de', 'fr', 'es', 'it', 'nl', 'pl', 'ro', 'bg', 'el', 'hu', 'cs', 'sk', 'sl', 'hr', 'sv', 'fi', 'da', 'pt', 'lt', 'lv', 'et'] as const;
export type CaseStudyLanguage = (typeof CASE_STUDY_LANGUAGES)[number];
