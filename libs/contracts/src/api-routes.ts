/** Paths of the HTTP API, relative to the server root; the web client builds its requests from these. */
export const API_PREFIX = '/api';
export const API_V1 = `${API_PREFIX}/v1`;

const id = (value: string) => encodeURIComponent(value);

export const ApiRoutes = {
  health: `${API_PREFIX}/health`,
  docs: `${API_PREFIX}/docs`,
  municipalities: `${API_V1}/municipalities`,
  municipality: (municipalityId: string) => `${API_V1}/municipalities/${id(municipalityId)}`,
  /** GET: the practices a town adapts and the towns adapting its practices (MunicipalityAdaptations). */
  municipalityAdaptations: (municipalityId: string) => `${API_V1}/municipalities/${id(municipalityId)}/adaptations`,

  register: `${API_V1}/auth/register`,
  login: `${API_V1}/auth/login`,
  logout: `${API_V1}/auth/logout`,
  me: `${API_V1}/me`,
  changePassword: `${API_V1}/me/password`,
  /** POST: a code (or recovery code) after a password, for accounts with two-factor sign-in. */
  secondFactor: `${API_V1}/auth/login/second-factor`,
  /** POST: the link of the e-mail that proves the address. */
  confirmEmail: (token: string) => `${API_V1}/auth/email-confirmation/${id(token)}`,
  /** POST: sends the signed-in account a new confirmation link. */
  resendEmailConfirmation: `${API_V1}/me/email-confirmation`,
  requestPasswordReset: `${API_V1}/auth/password-reset`,
  completePasswordReset: (token: string) => `${API_V1}/auth/password-reset/${id(token)}`,
  twoFactorSetup: `${API_V1}/me/two-factor/setup`,
  enableTwoFactor: `${API_V1}/me/two-factor/enable`,
  disableTwoFactor: `${API_V1}/me/two-factor/disable`,
  /** POST, admins: e-mails the account a password reset link. */
  adminSendPasswordReset: (userId: string) => `${API_V1}/admin/users/${id(userId)}/password-reset`,
  invitations: `${API_V1}/invitations`,
  invitation: (token: string) => `${API_V1}/invitations/${id(token)}`,
  acceptInvitation: (token: string) => `${API_V1}/invitations/${id(token)}/accept`,

  adminUsers: `${API_V1}/admin/users`,
  adminUser: (userId: string) => `${API_V1}/admin/users/${id(userId)}`,
  adminVerifyUser: (userId: string) => `${API_V1}/admin/users/${id(userId)}/verify`,
  adminDeactivateUser: (userId: string) => `${API_V1}/admin/users/${id(userId)}/deactivate`,
  adminReactivateUser: (userId: string) => `${API_V1}/admin/users/${id(userId)}/reactivate`,
  adminMunicipalities: `${API_V1}/admin/municipalities`,
  adminMunicipality: (municipalityId: string) => `${API_V1}/admin/municipalities/${id(municipalityId)}`,
  adminPartnerships: `${API_V1}/admin/partnerships`,
  adminPartnership: (partnershipId: string) => `${API_V1}/admin/partnerships/${id(partnershipId)}`,
  adminAuditEvents: `${API_V1}/admin/audit-events`,

  caseStudies: `${API_V1}/case-studies`,
  caseStudy: (caseStudyId: string) => `${API_V1}/case-studies/${id(caseStudyId)}`,
  submitCaseStudy: (caseStudyId: string) => `${API_V1}/case-studies/${id(caseStudyId)}/submit`,
  archiveCaseStudy: (caseStudyId: string) => `${API_V1}/case-studies/${id(caseStudyId)}/archive`,
  featureCaseStudy: (caseStudyId: string) => `${API_V1}/case-studies/${id(caseStudyId)}/feature`,
  caseStudyRevisions: (caseStudyId: string) => `${API_V1}/case-studies/${id(caseStudyId)}/revisions`,
  caseStudyRevision: (caseStudyId: string, revisionId: string) => `${API_V1}/case-studies/${id(caseStudyId)}/revisions/${id(revisionId)}`,
  /** `?from=<revisionId>&to=<revisionId>` */
  caseStudyDiff: (caseStudyId: string) => `${API_V1}/case-studies/${id(caseStudyId)}/diff`,
  /** POST: a translation (or a new revision of one) for the moderators. */
  caseStudyTranslations: (caseStudyId: string) => `${API_V1}/case-studies/${id(caseStudyId)}/translations`,
  /** POST `{ language }`: asks the town and its partners for a translation. */
  translationRequests: (caseStudyId: string) => `${API_V1}/case-studies/${id(caseStudyId)}/translation-requests`,
  /** GET: one translation revision beside the original texts it translates. */
  translationRevision: (revisionId: string) => `${API_V1}/translation-revisions/${id(revisionId)}`,
  translationQueue: `${API_V1}/moderation/translations`,
  translationDecision: (revisionId: string) => `${API_V1}/moderation/translation-revisions/${id(revisionId)}/decision`,
  moderationQueue: `${API_V1}/moderation/queue`,
  moderationDecision: (revisionId: string) => `${API_V1}/moderation/revisions/${id(revisionId)}/decision`,
  caseStudyAdaptations: (caseStudyId: string) => `${API_V1}/case-studies/${id(caseStudyId)}/adaptations`,
  adaptation: (adaptationId: string) => `${API_V1}/adaptations/${id(adaptationId)}`,
  adaptationCheckIns: (adaptationId: string) => `${API_V1}/adaptations/${id(adaptationId)}/check-ins`,
  /** POST: a draft case study pre-filled from a finished adaptation. */
  adaptationWriteUp: (adaptationId: string) => `${API_V1}/adaptations/${id(adaptationId)}/case-study`,
  /** POST multipart (`file` and UploadCaseStudyFileFields): a photo or a document of the case study. */
  caseStudyFiles: (caseStudyId: string) => `${API_V1}/case-studies/${id(caseStudyId)}/files`,
  /** PATCH (UpdateCaseStudyFileRequest), DELETE. */
  caseStudyFile: (caseStudyId: string, fileId: string) => `${API_V1}/case-studies/${id(caseStudyId)}/files/${id(fileId)}`,
  /** GET: the file itself; a photo in one of its sizes, a document (`original`) as a download. */
  fileContent: (fileId: string, variant: 'small' | 'large' | 'original') => `${API_V1}/files/${id(fileId)}/${variant}`,
  caseStudyQuestions: (caseStudyId: string) => `${API_V1}/case-studies/${id(caseStudyId)}/questions`,
  questionAnswers: (questionId: string) => `${API_V1}/questions/${id(questionId)}/answers`,
  /** POST `{ hidden }`, moderators: a question or an answer. */
  postVisibility: (postId: string) => `${API_V1}/posts/${id(postId)}/visibility`,
  /** POST `{ targetKind, targetId, reason }`, signed in: report a case study, adaptation, check-in, question or answer to the moderators. */
  reports: `${API_V1}/reports`,
  /** GET, moderators: everything with open reports, in one queue. */
  moderationReports: `${API_V1}/moderation/reports`,
  /** POST `{ targetKind, targetId, decision, comment }`, moderators: close one thing's open reports. */
  resolveReports: `${API_V1}/moderation/reports/resolve`,
  /** GET: the collections (`?featured=true`: the home page's); POST, moderators: a new one. */
  collections: `${API_V1}/collections`,
  /** GET: a collection with its practices; PATCH / DELETE, moderators. */
  collection: (collectionId: string) => `${API_V1}/collections/${id(collectionId)}`,
  feed: `${API_V1}/feed`,
  statistics: `${API_V1}/statistics`,
  /** The home page's key figures only (StatisticsSummary). */
  statisticsSummary: `${API_V1}/statistics/summary`,
  /** Partnership activities by year, country and kind; towns that went from learner to source. */
  capacityStatistics: `${API_V1}/statistics/capacity`,
  /** GET: a partnership's page (activities, travelled practices, contacts for signed-in accounts). */
  partnership: (partnershipId: string) => `${API_V1}/partnerships/${id(partnershipId)}`,
  /** POST, staff of the two towns and moderators: a new activity. */
  partnershipActivities: (partnershipId: string) => `${API_V1}/partnerships/${id(partnershipId)}/activities`,
  /** PATCH, DELETE: an activity, by the same people. */
  partnershipActivity: (partnershipId: string, activityId: string) => `${API_V1}/partnerships/${id(partnershipId)}/activities/${id(activityId)}`,
  /** GET: the catalogue (`?theme=&kind=`); POST, moderators: a new programme. */
  fundingProgrammes: `${API_V1}/funding/programmes`,
  /** GET: a programme with its calls; PATCH, moderators: edit or archive it. */
  fundingProgramme: (programmeId: string) => `${API_V1}/funding/programmes/${id(programmeId)}`,
  /** GET: calls by closing date (`?theme=&programmeId=&status=`); POST, moderators: a new call. */
  fundingCalls: `${API_V1}/funding/calls`,
  /** PATCH, moderators: edit a call. */
  fundingCall: (callId: string) => `${API_V1}/funding/calls/${id(callId)}`,
  /** The calls' deadlines as an iCalendar feed to subscribe to; `?theme=`. */
  fundingCallsCalendar: `${API_V1}/funding/calls.ics`,
  /** GET: open requests with facets (PartnerRequestListQuery); POST, staff: a new request. */
  partnerRequests: `${API_V1}/partner-requests`,
  /** GET: the requests the caller's town posted and the answers it gave. */
  myPartnerRequests: `${API_V1}/partner-requests/mine`,
  partnerRequest: (requestId: string) => `${API_V1}/partner-requests/${id(requestId)}`,
  /** POST, staff of another town: an answer with interest and a message. */
  partnerRequestAnswers: (requestId: string) => `${API_V1}/partner-requests/${id(requestId)}/answers`,
  /** POST `{ status }`, the posting town's staff: shortlist or accept an answer. */
  partnerAnswerDecision: (answerId: string) => `${API_V1}/partner-answers/${id(answerId)}/decision`,
  /** GET, moderators: accepted pairs waiting for confirmation. */
  partnerPairQueue: `${API_V1}/moderation/partner-pairs`,
  /** POST, moderators: the accepted pair becomes a project partnership. */
  confirmPartnerPair: (answerId: string) => `${API_V1}/moderation/partner-pairs/${id(answerId)}/confirm`,
  search: `${API_V1}/search`,
  /** `?format=csv|json` plus the search's parameters. */
  searchExport: `${API_V1}/search/export`,
  /** GET: the open data described in DCAT-AP, as JSON-LD (for open-data portals to harvest). */
  openDataCatalog: `${API_V1}/open-data/catalog`,
  similarCaseStudies: (caseStudyId: string) => `${API_V1}/case-studies/${id(caseStudyId)}/similar`,
  /** GeoJSON of towns and twinnings; `?country=&theme=&municipality=`. */
  map: `${API_V1}/map`,
  /** The server's public settings for the web client (the map's tiles). */
  publicConfig: `${API_V1}/config`,
  notifications: `${API_V1}/notifications`,
  readNotification: (notificationId: string) => `${API_V1}/notifications/${id(notificationId)}/read`,
  /** GET and PATCH: how the signed-in person is told of each kind of notification. */
  notificationPreferences: `${API_V1}/me/notification-preferences`,
} as const;
