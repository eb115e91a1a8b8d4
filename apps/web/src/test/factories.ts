import {
  type Account,
  type FundingCall,
  type FundingProgrammeDetail,
  type Adaptation,
  type AdaptationCheckIn,
  type AdaptationSummary,
  type Answer,
  type CaseStudyContent,
  type CaseStudyDetail,
  type CaseStudyRevision,
  type CaseStudyRevisionSummary,
  type CapacityStatistics,
  type CaseStudySummary,
  type ModerationDecision,
  type ModerationQueueItem,
  type Notification,
  type NotificationList,
  type AdminUser,
  type ApiErrorBody,
  type AuditEvent,
  type Invitation,
  type InvitationPreview,
  type Municipality,
  type MunicipalityDetail,
  type MunicipalityPartner,
  type MunicipalitySummary,
  type Page,
  type Partnership,
  type PartnershipActivity,
  type PartnershipDetail,
  type Question,
  type ReportedContent,
  type CollectionSummary,
  type SearchHit,
  type SearchResponse,
  type SessionInfo,
  type StaffFeed,
  type StatisticsReport,
  type StatisticsSummary,
} from '@twinning/contracts';

let sequence = 0;

/** A stable, valid UUID per call, so links and keys differ between built towns. */
export function nextId(): string {
  sequence += 1;
  return `00000000-0000-4000-8000-${String(sequence).padStart(12, '0')}`;
}

const COLOGNE: Omit<MunicipalitySummary, 'id'> = {
  nameLocal: 'Köln',
  nameEn: 'Cologne',
  country: 'DE',
  region: 'Nordrhein-Westfalen',
  kind: 'metropolitan',
  population: 1_084_831,
};

const KADIKOY: Omit<MunicipalitySummary, 'id'> = {
  nameLocal: 'Kadıköy',
  nameEn: 'Kadıköy',
  country: 'TR',
  region: 'İstanbul',
  kind: 'district',
  population: 467_919,
};

/** Cologne unless told otherwise. */
export function buildMunicipalitySummary(overrides: Partial<MunicipalitySummary> = {}): MunicipalitySummary {
  return { id: nextId(), ...COLOGNE, ...overrides };
}

/** The twinning of Kadıköy and Cologne, as both the public partner list and the admin list show it. */
const TWINNING = {
  kind: 'twinning',
  sinceYear: 1997,
  status: 'active',
  programme: 'Turkey–EU Town Twinning',
  description: 'Joint work on waste separation and youth exchanges.',
  descriptionVariants: {},
} as const satisfies Pick<Partnership, 'kind' | 'sinceYear' | 'status' | 'programme' | 'description' | 'descriptionVariants'>;

export function buildMunicipalityPartner(overrides: Partial<MunicipalityPartner> = {}): MunicipalityPartner {
  return { partnershipId: nextId(), ...TWINNING, municipality: buildMunicipalitySummary(), ...overrides };
}

export function buildMunicipalityDetail(overrides: Partial<MunicipalityDetail> = {}): MunicipalityDetail {
  return {
    ...buildMunicipalitySummary({
      nameLocal: 'İstanbul',
      nameEn: 'Istanbul',
      country: 'TR',
      region: 'Marmara',
      population: 15_655_924,
    }),
    regionVariants: {},
    populationYear: 2023,
    latitude: 41.0082,
    longitude: 28.9784,
    website: 'https://www.ibb.istanbul',
    emailDomains: ['ibb.istanbul'],
    partners: [],
    ...overrides,
  };
}

export function buildPage<T>(items: T[], overrides: Partial<Page<T>> = {}): Page<T> {
  return { items, total: items.length, page: 1, perPage: 20, ...overrides };
}

export function buildApiErrorBody(overrides: Partial<ApiErrorBody> = {}): ApiErrorBody {
  return { code: 'validation_failed', message: 'The request is not valid.', details: [], ...overrides };
}

export function buildMunicipality(overrides: Partial<Municipality> = {}): Municipality {
  return {
    ...buildMunicipalitySummary(),
    regionVariants: {},
    populationYear: 2023,
    latitude: 50.9375,
    longitude: 6.9603,
    website: 'https://www.stadt-koeln.de',
    emailDomains: ['stadt-koeln.de'],
    ...overrides,
  };
}

export function buildAccount(overrides: Partial<Account> = {}): Account {
  return {
    id: nextId(),
    email: 'ayse.yilmaz@kadikoy.bel.tr',
    displayName: 'Ayşe Yılmaz',
    role: 'staff',
    status: 'active',
    municipality: buildMunicipalitySummary(KADIKOY),
    createdAt: '2025-03-01T09:30:00.000Z',
    verifiedAt: '2025-03-02T10:00:00.000Z',
    emailConfirmedAt: '2025-03-01T09:35:00.000Z',
    twoFactorEnabled: false,
    twoFactorSetupRequired: false,
    ...overrides,
  };
}

export function buildSessionInfo(account: Partial<Account> = {}): SessionInfo {
  return { account: buildAccount(account), csrfToken: `csrf-${nextId()}` };
}

export function buildAdminUser(overrides: Partial<AdminUser> = {}): AdminUser {
  return { ...buildAccount(), deactivatedAt: null, lastSignInAt: '2025-04-10T08:00:00.000Z', emailDomainMatches: true, ...overrides };
}

export function buildInvitationPreview(overrides: Partial<InvitationPreview> = {}): InvitationPreview {
  return {
    email: 'mehmet.demir@kadikoy.bel.tr',
    municipality: buildMunicipalitySummary(KADIKOY),
    expiresAt: '2030-01-15T12:00:00.000Z',
    ...overrides,
  };
}

export function buildInvitation(overrides: Partial<Invitation> = {}): Invitation {
  return {
    id: nextId(),
    ...buildInvitationPreview(),
    createdAt: '2030-01-08T12:00:00.000Z',
    acceptedAt: null,
    ...overrides,
  };
}

export function buildPartnership(overrides: Partial<Partnership> = {}): Partnership {
  return {
    id: nextId(),
    municipalities: [buildMunicipalitySummary(KADIKOY), buildMunicipalitySummary()],
    ...TWINNING,
    fundingProgramme: null,
    fundingCall: null,
    agreement: { signedOn: '1997-05-09', url: null, text: '' },
    ...overrides,
  };
}

export function buildPartnershipActivity(overrides: Partial<PartnershipActivity> = {}): PartnershipActivity {
  return {
    id: nextId(),
    partnershipId: nextId(),
    kind: 'study_visit',
    title: 'Study visit to the sorting plant',
    description: 'Three days at the **sorting plant**.',
    titleVariants: {},
    descriptionVariants: {},
    learnedVariants: {},
    startsOn: '2025-04-14',
    endsOn: '2025-04-16',
    isPublic: true,
    participantCount: 6,
    participantRoles: ['waste officer', 'council member'],
    learned: 'Door-to-door collection needs a year of explaining.',
    caseStudies: [],
    funding: null,
    ...overrides,
  };
}

export function buildPartnershipDetail(overrides: Partial<PartnershipDetail> = {}): PartnershipDetail {
  return { ...buildPartnership(), activities: [], travelledPractices: [], contacts: null, canEditActivities: false, ...overrides };
}

/** Two years of activities of a Turkish–German twinning, and one town that went from learner to source. */
export function buildCapacityStatistics(overrides: Partial<CapacityStatistics> = {}): CapacityStatistics {
  return {
    activitiesByYear: [
      { year: 2024, kind: 'study_visit', activities: 2, participants: 9 },
      { year: 2025, kind: 'staff_exchange', activities: 1, participants: 2 },
      { year: 2025, kind: 'study_visit', activities: 1, participants: 4 },
    ],
    activitiesByYearAndCountry: [
      { year: 2024, country: 'DE', kind: 'study_visit', activities: 2, participants: 9 },
      { year: 2024, country: 'TR', kind: 'study_visit', activities: 2, participants: 9 },
      { year: 2025, country: 'TR', kind: 'staff_exchange', activities: 1, participants: 2 },
      { year: 2025, country: 'TR', kind: 'study_visit', activities: 1, participants: 4 },
    ],
    learnersBecameSources: [{ municipality: buildMunicipalitySummary(KADIKOY), firstAdaptedOn: '2021-03-01', firstPublishedOn: '2022-07-15' }],
    ...overrides,
  };
}

export function buildAuditEvent(overrides: Partial<AuditEvent> = {}): AuditEvent {
  return {
    id: nextId(),
    actor: { id: nextId(), displayName: 'Elif Kaya' },
    action: 'user.verified',
    entityType: 'user',
    entityId: nextId(),
    entityLabel: 'Ayşe Demir',
    before: { status: 'pending' },
    after: { status: 'active' },
    createdAt: '2025-04-10T08:00:00.000Z',
    ...overrides,
  };
}

/** A complete case study (it passes `findIncompleteFields`): a success, so no failure analysis is needed. */
export function buildCaseStudyContent(overrides: Partial<CaseStudyContent> = {}): CaseStudyContent {
  return {
    title: 'Organic waste collection in the old town',
    summary: 'Households in the old town separate organic waste, collected twice a week and composted for the parks.',
    language: 'en',
    partnerMunicipalityIds: [],
    outcome: 'success',
    context: 'Half of the household waste was **organic** and went to landfill.',
    whatWasDone: 'We gave every household a brown bin and collected it twice a week.',
    results: 'Landfilled waste fell by a third in two years.',
    indicators: [{ name: 'Organic waste collected', unit: 'tonnes a month', baseline: 0, target: 300, achieved: 340, sdgTarget: '12.5', unIndicator: '12.5.1' }],
    whatWorked: 'Door-to-door visits by neighbourhood volunteers.',
    whatDidNotWork: 'Leaflets alone changed nothing.',
    whatWeWouldDoDifferently: 'Start with the schools.',
    failureCauses: [],
    failureStage: null,
    salvaged: '',
    preconditions: 'A composting site within 20 km.',
    tipsForAdopters: 'Recruit volunteers before buying bins.',
    budgetAmount: 250_000,
    budgetCurrency: 'EUR',
    fundingSources: [{ kind: 'eu_programme', programmeId: null, programmeName: 'IPA II – Town Twinning', amount: 200_000 }],
    coFinancingPercent: 20,
    afterFunding: 'The municipality pays for collection from its own budget.',
    continuedAfterFunding: 'yes',
    staffAndTime: 'Three people for eighteen months.',
    startDate: '2022-03-01',
    endDate: '2023-09-30',
    sdgs: [11, 12],
    sdgTargets: ['11.6', '12.5'],
    themes: ['water_waste', 'environment_climate'],
    contactName: 'Ayşe Yılmaz',
    contactRole: 'Head of the Environment Directorate',
    contactEmail: 'ayse.yilmaz@kadikoy.bel.tr',
    ...overrides,
  };
}

export function buildModerationDecision(overrides: Partial<ModerationDecision> = {}): ModerationDecision {
  return {
    id: nextId(),
    revisionId: nextId(),
    decision: 'approve',
    comment: '',
    sectionComments: {},
    moderator: { id: nextId(), displayName: 'Elif Kaya' },
    decidedAt: '2025-04-12T09:00:00.000Z',
    ...overrides,
  };
}

/** A published case study of Kadıköy, as a visitor sees it (no working copy, no decision). */
export function buildCaseStudyDetail(overrides: Partial<CaseStudyDetail> = {}): CaseStudyDetail {
  const content = buildCaseStudyContent();
  return {
    id: nextId(),
    status: 'published',
    municipality: buildMunicipalitySummary(KADIKOY),
    anonymousOrigin: null,
    publishAnonymously: false,
    featured: false,
    published: {
      revisionId: nextId(),
      revisionNumber: 1,
      publishedAt: '2025-04-12T09:00:00.000Z',
      content,
      contactVisible: true,
      partners: [],
      translation: null,
      versions: [{ language: content.language ?? 'en', original: true, outdatedSections: [] }],
    },
    draft: null,
    latestDecision: null,
    adaptedFrom: null,
    mayTranslate: false,
    files: { cover: null, photos: [], documents: [] },
    createdAt: '2025-03-01T09:30:00.000Z',
    ...overrides,
  };
}

/** A working copy of Kadıköy that was never published, as its staff see it. */
export function buildDraftCaseStudy(overrides: Partial<CaseStudyDetail> = {}, content: Partial<CaseStudyContent> = {}): CaseStudyDetail {
  return buildCaseStudyDetail({
    status: 'draft',
    published: null,
    draft: { content: buildCaseStudyContent(content), publishAnonymously: false, version: 3, updatedAt: '2025-04-10T08:00:00.000Z' },
    ...overrides,
  });
}

export function buildCaseStudySummary(overrides: Partial<CaseStudySummary> = {}): CaseStudySummary {
  const content = buildCaseStudyContent();
  return {
    id: nextId(),
    status: 'published',
    title: content.title,
    summary: content.summary,
    language: content.language,
    shownLanguage: content.language,
    outcome: content.outcome,
    sdgs: content.sdgs,
    themes: content.themes,
    municipality: buildMunicipalitySummary(KADIKOY),
    anonymousOrigin: null,
    featured: false,
    cover: null,
    publishedAt: '2025-04-12T09:00:00.000Z',
    updatedAt: '2025-04-12T09:00:00.000Z',
    ...overrides,
  };
}

export function buildRevisionSummary(overrides: Partial<CaseStudyRevisionSummary> = {}): CaseStudyRevisionSummary {
  return {
    id: nextId(),
    number: 1,
    submittedAt: '2025-04-10T08:00:00.000Z',
    submittedBy: { id: nextId(), displayName: 'Ayşe Yılmaz' },
    decision: null,
    publishAnonymously: false,
    ...overrides,
  };
}

export function buildRevision(overrides: Partial<CaseStudyRevision> = {}): CaseStudyRevision {
  return { ...buildRevisionSummary(), caseStudyId: nextId(), content: buildCaseStudyContent(), identifyingTerms: [], identifyingFiles: [], ...overrides };
}

export function buildQueueItem(overrides: Partial<ModerationQueueItem> = {}): ModerationQueueItem {
  return {
    revisionId: nextId(),
    revisionNumber: 1,
    caseStudyId: nextId(),
    title: 'Organic waste collection in the old town',
    outcome: 'success',
    language: 'en',
    municipality: buildMunicipalitySummary(KADIKOY),
    submittedAt: '2025-04-10T08:00:00.000Z',
    submittedBy: { id: nextId(), displayName: 'Ayşe Yılmaz' },
    previousRevisionId: null,
    publishAnonymously: false,
    ...overrides,
  };
}

export function buildNotification(overrides: Partial<Notification> = {}): Notification {
  return {
    id: nextId(),
    kind: 'moderation_decision',
    caseStudyId: nextId(),
    title: 'Organic waste collection in the old town',
    decision: 'approve',
    adaptationId: null,
    questionId: null,
    language: null,
    partnerRequestId: null,
    createdAt: '2025-04-12T09:00:00.000Z',
    readAt: null,
    ...overrides,
  };
}

export function buildNotificationList(items: Notification[], overrides: Partial<NotificationList> = {}): NotificationList {
  return { items, unreadCount: items.filter((item) => !item.readAt).length, ...overrides };
}

/** A search hit for Kadıköy's published case study; its highlights are the plain texts unless given. */
export function buildSearchHit(overrides: Partial<SearchHit> = {}): SearchHit {
  const content = buildCaseStudyContent();
  const hit: SearchHit = {
    id: nextId(),
    title: content.title,
    summary: content.summary,
    outcome: 'success',
    language: 'en',
    shownLanguage: 'en',
    sdgs: content.sdgs,
    sdgTargets: content.sdgTargets,
    themes: content.themes,
    failureCauses: [],
    failureStage: null,
    municipality: buildMunicipalitySummary(KADIKOY),
    anonymousOrigin: null,
    country: 'TR',
    year: 2022,
    publishedAt: '2025-04-12T09:00:00.000Z',
    adaptationCount: 0,
    featured: false,
    cover: null,
    highlight: { title: '', summary: '', lessons: '' },
    ...overrides,
  };
  return {
    ...hit,
    highlight: {
      title: overrides.highlight?.title ?? hit.title,
      summary: overrides.highlight?.summary ?? hit.summary,
      lessons: overrides.highlight?.lessons ?? content.whatWorked,
    },
  };
}

/** A search answer: every facet present (empty unless given), nothing degraded. */
export function buildSearchResponse(
  hits: SearchHit[],
  overrides: Omit<Partial<SearchResponse>, 'facets'> & { facets?: Partial<SearchResponse['facets']> } = {},
): SearchResponse {
  const facets: SearchResponse['facets'] = {
    sdg: [],
    sdg_target: [],
    failure_cause: [],
    failure_stage: [],
    theme: [],
    outcome: [],
    country: [],
    municipality: [],
    language: [],
    year: [],
    funding: [],
    population_band: [],
    programme: [],
    collection: [],
    ...overrides.facets,
  };
  return { hits, total: hits.length, page: 1, perPage: 20, tookMs: 4, degraded: false, ...overrides, facets };
}

/** Cologne adapting Kadıköy's published case study, still exploring. */
export function buildAdaptationSummary(overrides: Partial<AdaptationSummary> = {}): AdaptationSummary {
  return {
    id: nextId(),
    caseStudy: { id: nextId(), title: 'Organic waste collection in the old town' },
    municipality: buildMunicipalitySummary(COLOGNE),
    status: 'exploring',
    discontinuedReason: null,
    writeUp: null,
    createdAt: '2025-05-02T09:00:00.000Z',
    updatedAt: '2025-05-02T09:00:00.000Z',
    ...overrides,
  };
}

export function buildCheckIn(overrides: Partial<AdaptationCheckIn> = {}): AdaptationCheckIn {
  return {
    id: nextId(),
    status: 'exploring',
    note: 'We visited Kadıköy’s composting site.',
    results: '',
    author: { id: nextId(), displayName: 'Jonas Becker' },
    createdAt: '2025-05-10T09:00:00.000Z',
    ...overrides,
  };
}

export function buildAdaptation(overrides: Partial<Adaptation> = {}): Adaptation {
  return {
    ...buildAdaptationSummary(),
    localContext: 'Our old town has narrow streets where trucks cannot pass.',
    changes: 'Collection by cargo bikes instead of trucks, because of the streets.',
    plannedSteps: 'A pilot in two streets this autumn.',
    checkIns: [],
    ...overrides,
  };
}

/** The portal's statistics: twelve published case studies in two countries, and a few adaptations. */
export function buildStatisticsSummary(overrides: Partial<StatisticsSummary> = {}): StatisticsSummary {
  return { publishedCaseStudies: 12, municipalities: 137, activePartnerships: 41, adaptationsStarted: 9, ...overrides };
}

export function buildStatisticsReport(overrides: Partial<StatisticsReport> = {}): StatisticsReport {
  return {
    publishedCaseStudies: 12,
    municipalities: 137,
    activePartnerships: 41,
    bySdg: [
      { key: '11', count: 9 },
      { key: '13', count: 4 },
    ],
    byTheme: [
      { key: 'water_waste', count: 7 },
      { key: 'mobility', count: 3 },
    ],
    byOutcome: [
      { key: 'success', count: 6 },
      { key: 'failure', count: 2 },
      { key: 'partial', count: 4 },
    ],
    byCountry: [
      { key: 'TR', count: 8 },
      { key: 'DE', count: 4 },
    ],
    byYear: [
      { key: '2023', count: 5 },
      { key: '2021', count: 7 },
    ],
    bySdgTarget: [
      { key: '11.6', count: 6 },
      { key: '12.5', count: 3 },
    ],
    byFailureCause: [
      { key: 'funding', count: 4 },
      { key: 'political_change', count: 2 },
    ],
    byFailureStage: [
      { key: 'operation', count: 3 },
      { key: 'design', count: 1 },
    ],
    failureCauses: {
      byTheme: [
        { cause: 'funding', key: 'water_waste', count: 3 },
        { cause: 'funding', key: 'mobility', count: 1 },
        { cause: 'political_change', key: 'mobility', count: 2 },
      ],
      byCountry: [
        { cause: 'funding', key: 'TR', count: 3 },
        { cause: 'funding', key: 'DE', count: 1 },
        { cause: 'political_change', key: 'TR', count: 2 },
      ],
      byPopulationBand: [
        { cause: 'funding', key: '250k_1m', count: 4 },
        { cause: 'political_change', key: 'over_1m', count: 2 },
      ],
    },
    adaptationsOverTime: [
      { month: '2025-01', status: 'exploring', count: 2 },
      { month: '2025-03', status: 'exploring', count: 1 },
      { month: '2025-03', status: 'planning', count: 2 },
    ],
    mostAdapted: [{ caseStudyId: nextId(), title: 'Organic waste collection in the old town', adaptations: 3 }],
    funding: {
      byProgramme: [{ key: nextId(), name: 'Erasmus+', currency: 'EUR', amount: 450_000, caseStudies: 3 }],
      byCountry: [
        { key: 'TR', currency: 'TRY', amount: 12_000_000, caseStudies: 4 },
        { key: 'DE', currency: 'EUR', amount: 230_000, caseStudies: 2 },
      ],
      byYear: [{ key: '2021', currency: 'EUR', amount: 680_000, caseStudies: 5 }],
      continuedAfterFunding: [
        { key: 'yes', count: 3 },
        { key: 'partly', count: 1 },
        { key: 'unanswered', count: 2 },
      ],
    },
    ...overrides,
  };
}

/** Jonas Becker of Cologne asks about a case study; no answer yet. */
export function buildQuestion(overrides: Partial<Question> = {}): Question {
  return {
    id: nextId(),
    caseStudyId: nextId(),
    body: 'How did you get **volunteers** for the door-to-door visits?',
    author: { id: nextId(), displayName: 'Jonas Becker' },
    hidden: false,
    createdAt: '2025-05-03T09:00:00.000Z',
    answers: [],
    ...overrides,
  };
}

/** Kadıköy's staff answer a question. */
export function buildAnswer(overrides: Partial<Answer> = {}): Answer {
  return {
    id: nextId(),
    questionId: nextId(),
    body: 'Through the neighbourhood associations.',
    author: { id: nextId(), displayName: 'Ayşe Yılmaz' },
    hidden: false,
    createdAt: '2025-05-05T09:00:00.000Z',
    ...overrides,
  };
}

/** A featured collection with no practice in its showcase unless given. */
export function buildCollectionSummary(overrides: Partial<CollectionSummary> = {}): CollectionSummary {
  return {
    id: nextId(),
    title: { en: 'Coastal towns and climate', tr: 'Kıyı kentleri ve iklim', de: 'Küstenorte und Klima' },
    text: { en: 'What towns by the sea tried.', tr: 'Deniz kıyısındaki belediyelerin denedikleri.', de: 'Was Orte am Meer versucht haben.' },
    featured: true,
    caseStudyCount: 0,
    showcase: [],
    updatedAt: '2025-05-04T09:00:00.000Z',
    ...overrides,
  };
}

/** A question reported once, for the moderators' queue. */
export function buildReportedContent(overrides: Partial<ReportedContent> = {}): ReportedContent {
  const id = nextId();
  return {
    targetKind: 'post',
    targetId: id,
    caseStudy: { id: nextId(), title: 'Organic waste collection in the old town' },
    adaptationId: null,
    questionId: id,
    excerpt: 'Buy our bins at a discount!',
    hidden: false,
    reports: [
      { id: nextId(), reason: 'Advertising.', reporter: { id: nextId(), displayName: 'Ayşe Yılmaz' }, createdAt: '2025-05-04T09:00:00.000Z' },
    ],
    ...overrides,
  };
}

/** The home feed of a district municipality's staff, with nothing in it unless given. */
export function buildStaffFeed(overrides: Partial<StaffFeed> = {}): StaffFeed {
  return {
    partnerCaseStudies: [],
    partnerAdaptations: [],
    townsLikeYours: { kind: 'district', populationBand: '250k_1m', themes: [], caseStudies: [] },
    ...overrides,
  };
}

export function buildFundingCall(overrides: Partial<FundingCall> = {}): FundingCall {
  return {
    id: 'a1b2c3d4-0000-4000-8000-00000000c411',
    programme: { id: 'a1b2c3d4-0000-4000-8000-00000000f00d', name: 'CERV – Town-Twinning', themes: ['governance_participation'] },
    title: 'Town-Twinning – citizens’ meetings',
    opensOn: '2027-01-10',
    closesOn: '2027-03-15',
    budget: null,
    budgetCurrency: null,
    url: 'https://example.org/call',
    status: 'open',
    ...overrides,
  };
}

export function buildFundingProgramme(overrides: Partial<FundingProgrammeDetail> = {}): FundingProgrammeDetail {
  return {
    id: 'a1b2c3d4-0000-4000-8000-00000000f00d',
    name: 'CERV – Town-Twinning',
    aliases: [],
    funder: 'European Commission (EACEA)',
    kind: 'eu',
    eligibleCountries: ['DE', 'TR'],
    themes: ['governance_participation'],
    typicalGrantMin: null,
    typicalGrantMax: 5_000_000,
    grantCurrency: 'EUR',
    coFinancingRatePercent: 80,
    officialUrl: 'https://ec.europa.eu/programme',
    description: { en: 'Meetings of citizens of twinned towns.', tr: 'Kardeş şehirlerin vatandaş buluşmaları.', de: 'Begegnungen von Bürgern aus Partnerstädten.' },
    archived: false,
    calls: [buildFundingCall()],
    ...overrides,
  };
}
