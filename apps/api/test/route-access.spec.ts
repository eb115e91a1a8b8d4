import { randomBytes, randomUUID } from 'node:crypto';
import { SwaggerModule, DocumentBuilder } from '@nestjs/swagger';
import { hashToken } from '../src/auth/session.service';
import { type AdaptationStatus, type CaseStudyStatus } from '@twinning/contracts';
import { AdaptationEntity } from '../src/adaptations/adaptation.entity';
import { CaseStudyFileEntity } from '../src/files/case-study-file.entity';
import { FILE_STORAGE, type FileStorage } from '../src/files/file-storage';
import { DiscussionPostEntity } from '../src/questions/discussion-post.entity';
import { ContentReportEntity } from '../src/reports/content-report.entity';
import { CollectionCaseStudyEntity } from '../src/collections/collection-case-study.entity';
import { CollectionEntity } from '../src/collections/collection.entity';
import { InvitationEntity } from '../src/invitations/invitation.entity';
import { NotificationEntity } from '../src/notifications/notification.entity';
import { UserEntity } from '../src/users/user.entity';
import { type MunicipalityEntity } from '../src/municipalities/municipality.entity';
import { insertCaseStudy } from './factories/case-study.factory';
import { pdfBytes } from './factories/file.factory';
import { fundingCallInput, fundingProgrammeInput, insertFundingCall, insertFundingProgramme } from './factories/funding.factory';
import { insertMunicipality, insertPartnership } from './factories/municipality.factory';
import { activityInput, insertActivity } from './factories/partnership-activity.factory';
import { insertPartnerAnswer, insertPartnerRequest, partnerRequestInput } from './factories/partner-request.factory';
import { germanTexts, insertTranslationRevision } from './factories/translation.factory';
import { insertUser, TEST_PASSWORD } from './factories/user.factory';
import { enableTwoFactor, insertAccountToken, totpCode } from './support/account-tokens';
import { startSession, withSession } from './support/sessions';
import { type TestApp, createTestApp } from './support/test-app';

/** The kinds of caller every route is tried with. */
const CALLERS = ['visitor', 'unverified', 'staffOwn', 'staffOther', 'moderator', 'admin'] as const;
type CallerKind = (typeof CALLERS)[number];
type Statuses = Record<CallerKind, number>;

const everyone = (status: number): Statuses => ({ visitor: status, unverified: status, staffOwn: status, staffOther: status, moderator: status, admin: status });
const signedIn = (status: number): Statuses => ({ ...everyone(status), visitor: 401 });
const moderators = (status: number): Statuses => ({ visitor: 401, unverified: 403, staffOwn: 403, staffOther: 403, moderator: status, admin: status });
const admins = (status: number): Statuses => ({ ...moderators(403), admin: status });

interface Fixture {
  t: TestApp;
  /** The municipality the "own" staff works for; what a route acts on belongs to it. */
  own: MunicipalityEntity;
  /** The municipality of the "other" staff. */
  other: MunicipalityEntity;
  /** An account that is none of the callers. */
  someoneId: string;
}

interface PreparedRequest {
  url: string;
  body?: object;
  /** A multipart upload: the file and its text fields (instead of a JSON body). */
  upload?: { file: Buffer; name: string; fields: Record<string, string> };
}

interface RouteCase {
  /** As the OpenAPI description names it: `GET /api/v1/municipalities/{id}`. */
  route: string;
  /**
   * Builds a fresh, valid request, so every caller allowed in gets a success, and no caller's
   * request spoils another's. `callerId` is the signed-in caller's account, if any.
   */
  prepare: (fx: Fixture, callerId: string | undefined) => Promise<PreparedRequest>;
  expected: Statuses;
}

const municipalityInput = { nameLocal: 'Yeni Belde', nameEn: 'New Town', country: 'TR', region: 'Aegean', population: 12_000, populationYear: 2024, kind: 'town', latitude: 38.4, longitude: 27.1, website: null };

async function openInvitation(fx: Fixture): Promise<string> {
  const token = randomBytes(16).toString('hex');
  await fx.t.dataSource.getRepository(InvitationEntity).insert({
    tokenHash: hashToken(token),
    email: `invited-${token.slice(0, 8)}@example.org`,
    municipalityId: fx.own.id,
    invitedById: null,
    expiresAt: new Date(Date.now() + 3600_000),
    acceptedAt: null,
  });
  return token;
}

/** An activity of a partnership of the "own" town with a new one. */
async function activityUrl(fx: Fixture): Promise<string> {
  const partnership = await insertPartnership(fx.t.dataSource, fx.own, await insertMunicipality(fx.t.dataSource));
  return `/api/v1/partnerships/${partnership.id}/activities/${(await insertActivity(fx.t.dataSource, partnership.id)).id}`;
}

const ROUTES: RouteCase[] = [
  { route: 'GET /api/health', prepare: async () => ({ url: '/api/health' }), expected: everyone(200) },
  { route: 'GET /api/health/live', prepare: async () => ({ url: '/api/health/live' }), expected: everyone(200) },
  { route: 'GET /api/health/ready', prepare: async () => ({ url: '/api/health/ready' }), expected: everyone(200) },
  { route: 'GET /api/v1/municipalities', prepare: async () => ({ url: '/api/v1/municipalities' }), expected: everyone(200) },
  { route: 'GET /api/v1/municipalities/{id}', prepare: async (fx) => ({ url: `/api/v1/municipalities/${fx.own.id}` }), expected: everyone(200) },
  { route: 'GET /api/v1/municipalities/{id}/adaptations', prepare: async (fx) => ({ url: `/api/v1/municipalities/${fx.own.id}/adaptations` }), expected: everyone(200) },
  {
    route: 'POST /api/v1/auth/login',
    prepare: async (fx) => ({ url: '/api/v1/auth/login', body: { email: (await insertUser(fx.t.dataSource, { municipalityId: fx.own.id })).email, password: TEST_PASSWORD } }),
    expected: everyone(200),
  },
  {
    route: 'POST /api/v1/auth/register',
    prepare: async (fx) => ({ url: '/api/v1/auth/register', body: { email: `new-${randomUUID()}@example.org`, password: TEST_PASSWORD, displayName: 'Deniz Kaya', municipalityId: fx.own.id } }),
    expected: everyone(201),
  },
  {
    route: 'POST /api/v1/auth/login/second-factor',
    prepare: async (fx) => {
      const user = await insertUser(fx.t.dataSource, { municipalityId: fx.own.id });
      const secret = await enableTwoFactor(fx.t.dataSource, user.id);
      return { url: '/api/v1/auth/login/second-factor', body: { challengeToken: await insertAccountToken(fx.t.dataSource, user.id, 'sign_in_challenge'), code: await totpCode(secret) } };
    },
    expected: everyone(200),
  },
  {
    route: 'POST /api/v1/auth/email-confirmation/{token}',
    prepare: async (fx) => {
      const user = await insertUser(fx.t.dataSource, { municipalityId: fx.own.id, verified: false, emailConfirmed: false });
      return { url: `/api/v1/auth/email-confirmation/${await insertAccountToken(fx.t.dataSource, user.id, 'email_confirmation')}`, body: {} };
    },
    expected: everyone(204),
  },
  // Every caller's address is confirmed: each gets as far as that check, and no e-mail goes out.
  { route: 'POST /api/v1/me/email-confirmation', prepare: async () => ({ url: '/api/v1/me/email-confirmation', body: {} }), expected: signedIn(409) },
  { route: 'POST /api/v1/auth/password-reset', prepare: async () => ({ url: '/api/v1/auth/password-reset', body: { email: `nobody-${randomUUID()}@example.org` } }), expected: everyone(202) },
  {
    route: 'POST /api/v1/auth/password-reset/{token}',
    prepare: async (fx) => {
      const user = await insertUser(fx.t.dataSource, { municipalityId: fx.own.id });
      return { url: `/api/v1/auth/password-reset/${await insertAccountToken(fx.t.dataSource, user.id, 'password_reset')}`, body: { password: 'a-new-long-passphrase-2026' } };
    },
    expected: everyone(204),
  },
  {
    route: 'POST /api/v1/me/two-factor/setup',
    prepare: async (fx, callerId) => {
      if (callerId) await fx.t.dataSource.getRepository(UserEntity).update({ id: callerId }, { totpSecret: null, totpEnabledAt: null });
      return { url: '/api/v1/me/two-factor/setup', body: {} };
    },
    expected: signedIn(200),
  },
  {
    route: 'POST /api/v1/me/two-factor/enable',
    prepare: async (fx, callerId) => {
      if (!callerId) return { url: '/api/v1/me/two-factor/enable', body: { code: '123456' } };
      const secret = await enableTwoFactor(fx.t.dataSource, callerId);
      await fx.t.dataSource.getRepository(UserEntity).update({ id: callerId }, { totpEnabledAt: null });
      return { url: '/api/v1/me/two-factor/enable', body: { code: await totpCode(secret) } };
    },
    expected: signedIn(200),
  },
  {
    route: 'POST /api/v1/me/two-factor/disable',
    prepare: async (fx, callerId) => {
      if (!callerId) return { url: '/api/v1/me/two-factor/disable', body: { password: TEST_PASSWORD, code: '123456' } };
      return { url: '/api/v1/me/two-factor/disable', body: { password: TEST_PASSWORD, code: await totpCode(await enableTwoFactor(fx.t.dataSource, callerId)) } };
    },
    expected: signedIn(204),
  },
  { route: 'POST /api/v1/auth/logout', prepare: async () => ({ url: '/api/v1/auth/logout', body: {} }), expected: everyone(204) },
  // A visitor gets 200 with null: every page asks, and a visitor's pages make no failing request.
  { route: 'GET /api/v1/me', prepare: async () => ({ url: '/api/v1/me' }), expected: everyone(200) },
  {
    route: 'POST /api/v1/me/password',
    // A wrong current password: every signed-in caller gets as far as the check, and nothing changes.
    prepare: async () => ({ url: '/api/v1/me/password', body: { currentPassword: 'not-the-password', password: 'a-new-long-passphrase-2026' } }),
    expected: { ...signedIn(400) },
  },
  {
    route: 'POST /api/v1/invitations',
    prepare: async (fx) => ({ url: '/api/v1/invitations', body: { email: `invitee-${randomUUID()}@example.org`, municipalityId: fx.own.id } }),
    expected: admins(201),
  },
  { route: 'GET /api/v1/invitations/{token}', prepare: async (fx) => ({ url: `/api/v1/invitations/${await openInvitation(fx)}` }), expected: everyone(200) },
  {
    route: 'POST /api/v1/invitations/{token}/accept',
    prepare: async (fx) => ({ url: `/api/v1/invitations/${await openInvitation(fx)}/accept`, body: { password: TEST_PASSWORD, displayName: 'Elif Şahin' } }),
    expected: everyone(201),
  },
  { route: 'GET /api/v1/admin/users', prepare: async () => ({ url: '/api/v1/admin/users?status=pending' }), expected: moderators(200) },
  {
    route: 'POST /api/v1/admin/users/{id}/verify',
    prepare: async (fx) => ({ url: `/api/v1/admin/users/${(await insertUser(fx.t.dataSource, { municipalityId: fx.own.id, verified: false })).id}/verify`, body: {} }),
    expected: moderators(200),
  },
  {
    route: 'POST /api/v1/admin/users/{id}/password-reset',
    prepare: async (fx) => ({ url: `/api/v1/admin/users/${(await insertUser(fx.t.dataSource, { municipalityId: fx.own.id })).id}/password-reset`, body: {} }),
    expected: admins(204),
  },
  {
    route: 'PATCH /api/v1/admin/users/{id}',
    prepare: async (fx) => ({ url: `/api/v1/admin/users/${(await insertUser(fx.t.dataSource, { municipalityId: fx.own.id })).id}`, body: { role: 'moderator' } }),
    expected: admins(200),
  },
  {
    route: 'POST /api/v1/admin/users/{id}/deactivate',
    prepare: async (fx) => ({ url: `/api/v1/admin/users/${(await insertUser(fx.t.dataSource, { municipalityId: fx.own.id })).id}/deactivate`, body: {} }),
    expected: admins(200),
  },
  {
    route: 'POST /api/v1/admin/users/{id}/reactivate',
    prepare: async (fx) => ({ url: `/api/v1/admin/users/${(await insertUser(fx.t.dataSource, { municipalityId: fx.own.id, deactivated: true })).id}/reactivate`, body: {} }),
    expected: admins(200),
  },
  { route: 'POST /api/v1/admin/municipalities', prepare: async () => ({ url: '/api/v1/admin/municipalities', body: municipalityInput }), expected: admins(201) },
  {
    route: 'PATCH /api/v1/admin/municipalities/{id}',
    prepare: async (fx) => ({ url: `/api/v1/admin/municipalities/${(await insertMunicipality(fx.t.dataSource)).id}`, body: { population: 13_000 } }),
    expected: admins(200),
  },
  {
    route: 'DELETE /api/v1/admin/municipalities/{id}',
    prepare: async (fx) => ({ url: `/api/v1/admin/municipalities/${(await insertMunicipality(fx.t.dataSource)).id}` }),
    expected: admins(204),
  },
  { route: 'GET /api/v1/admin/partnerships', prepare: async () => ({ url: '/api/v1/admin/partnerships' }), expected: admins(200) },
  {
    route: 'POST /api/v1/admin/partnerships',
    prepare: async (fx) => ({
      url: '/api/v1/admin/partnerships',
      body: { municipalityIds: [fx.own.id, (await insertMunicipality(fx.t.dataSource)).id], sinceYear: 2013, status: 'active', programme: null, description: '' },
    }),
    expected: admins(201),
  },
  {
    route: 'PATCH /api/v1/admin/partnerships/{id}',
    prepare: async (fx) => ({ url: `/api/v1/admin/partnerships/${(await insertPartnership(fx.t.dataSource, fx.own, await insertMunicipality(fx.t.dataSource))).id}`, body: { status: 'ended' } }),
    expected: admins(200),
  },
  {
    route: 'DELETE /api/v1/admin/partnerships/{id}',
    prepare: async (fx) => ({ url: `/api/v1/admin/partnerships/${(await insertPartnership(fx.t.dataSource, fx.own, await insertMunicipality(fx.t.dataSource))).id}` }),
    expected: admins(204),
  },
  { route: 'GET /api/v1/statistics/capacity', prepare: async () => ({ url: '/api/v1/statistics/capacity' }), expected: everyone(200) },
  {
    route: 'GET /api/v1/partnerships/{id}',
    prepare: async (fx) => ({ url: `/api/v1/partnerships/${(await insertPartnership(fx.t.dataSource, fx.own, await insertMunicipality(fx.t.dataSource))).id}` }),
    expected: everyone(200),
  },
  {
    route: 'POST /api/v1/partnerships/{id}/activities',
    prepare: async (fx) => ({ url: `/api/v1/partnerships/${(await insertPartnership(fx.t.dataSource, fx.own, await insertMunicipality(fx.t.dataSource))).id}/activities`, body: activityInput() }),
    // Staff of either of the two towns, and moderators; staff of any other town are refused.
    expected: { visitor: 401, unverified: 403, staffOwn: 201, staffOther: 403, moderator: 201, admin: 201 },
  },
  {
    route: 'PATCH /api/v1/partnerships/{id}/activities/{activityId}',
    prepare: async (fx) => ({ url: await activityUrl(fx), body: { title: 'Renamed' } }),
    expected: { visitor: 401, unverified: 403, staffOwn: 200, staffOther: 403, moderator: 200, admin: 200 },
  },
  {
    route: 'DELETE /api/v1/partnerships/{id}/activities/{activityId}',
    prepare: async (fx) => ({ url: await activityUrl(fx) }),
    expected: { visitor: 401, unverified: 403, staffOwn: 204, staffOther: 403, moderator: 204, admin: 204 },
  },
  { route: 'GET /api/v1/admin/audit-events', prepare: async () => ({ url: '/api/v1/admin/audit-events' }), expected: admins(200) },

  {
    route: 'POST /api/v1/case-studies',
    prepare: async () => ({ url: '/api/v1/case-studies', body: { content: { title: 'Yeni uygulama' } } }),
    // Staff write for their own municipality, whichever it is; moderators and admins do not write case studies.
    expected: { visitor: 401, unverified: 403, staffOwn: 201, staffOther: 201, moderator: 403, admin: 403 },
  },
  { route: 'GET /api/v1/case-studies', prepare: async () => ({ url: '/api/v1/case-studies' }), expected: everyone(200) },
  { route: 'GET /api/v1/case-studies/{id}', prepare: async (fx) => ({ url: `/api/v1/case-studies/${(await caseStudyOf(fx, 'published')).caseStudy.id}` }), expected: everyone(200) },
  {
    route: 'PATCH /api/v1/case-studies/{id}',
    prepare: async (fx) => ({ url: `/api/v1/case-studies/${(await caseStudyOf(fx, 'draft')).caseStudy.id}`, body: { version: 1, content: { title: 'Daha iyi bir başlık' } } }),
    // Another town's draft is invisible to its staff (404); moderators see it but do not write it.
    expected: { visitor: 401, unverified: 403, staffOwn: 200, staffOther: 404, moderator: 403, admin: 403 },
  },
  {
    route: 'POST /api/v1/case-studies/{id}/submit',
    prepare: async (fx) => ({ url: `/api/v1/case-studies/${(await caseStudyOf(fx, 'draft')).caseStudy.id}/submit`, body: { version: 1 } }),
    expected: { visitor: 401, unverified: 403, staffOwn: 200, staffOther: 404, moderator: 403, admin: 403 },
  },
  {
    route: 'POST /api/v1/case-studies/{id}/archive',
    prepare: async (fx) => ({ url: `/api/v1/case-studies/${(await caseStudyOf(fx, 'published')).caseStudy.id}/archive`, body: {} }),
    expected: { visitor: 401, unverified: 403, staffOwn: 200, staffOther: 403, moderator: 403, admin: 200 },
  },
  {
    route: 'DELETE /api/v1/case-studies/{id}',
    prepare: async (fx) => ({ url: `/api/v1/case-studies/${(await caseStudyOf(fx, 'draft')).caseStudy.id}` }),
    // Its town's staff delete a draft never published; admins any case study; another town's draft is invisible (404).
    expected: { visitor: 401, unverified: 403, staffOwn: 204, staffOther: 404, moderator: 403, admin: 204 },
  },
  {
    route: 'POST /api/v1/case-studies/{id}/feature',
    prepare: async (fx) => ({ url: `/api/v1/case-studies/${(await caseStudyOf(fx, 'published')).caseStudy.id}/feature`, body: { featured: true } }),
    expected: moderators(200),
  },
  {
    route: 'GET /api/v1/case-studies/{id}/revisions',
    prepare: async (fx) => ({ url: `/api/v1/case-studies/${(await caseStudyOf(fx, 'published')).caseStudy.id}/revisions` }),
    expected: { visitor: 401, unverified: 403, staffOwn: 200, staffOther: 403, moderator: 200, admin: 200 },
  },
  {
    route: 'GET /api/v1/case-studies/{id}/revisions/{revisionId}',
    prepare: async (fx) => {
      const { caseStudy, revision } = await caseStudyOf(fx, 'published');
      return { url: `/api/v1/case-studies/${caseStudy.id}/revisions/${revision!.id}` };
    },
    expected: { visitor: 401, unverified: 403, staffOwn: 200, staffOther: 403, moderator: 200, admin: 200 },
  },
  {
    route: 'GET /api/v1/case-studies/{id}/diff',
    prepare: async (fx) => {
      const { caseStudy, revision } = await caseStudyOf(fx, 'published');
      return { url: `/api/v1/case-studies/${caseStudy.id}/diff?from=${revision!.id}&to=${revision!.id}` };
    },
    expected: { visitor: 401, unverified: 403, staffOwn: 200, staffOther: 403, moderator: 200, admin: 200 },
  },
  { route: 'GET /api/v1/moderation/queue', prepare: async () => ({ url: '/api/v1/moderation/queue' }), expected: moderators(200) },
  {
    route: 'POST /api/v1/case-studies/{id}/translations',
    prepare: async (fx) => {
      const { caseStudy, revision } = await caseStudyOf(fx, 'published');
      return { url: `/api/v1/case-studies/${caseStudy.id}/translations`, body: { language: 'de', texts: germanTexts(revision!.content) } };
    },
    // The town and its twinning partners translate; "other" is no partner of "own".
    expected: { visitor: 401, unverified: 403, staffOwn: 201, staffOther: 403, moderator: 403, admin: 403 },
  },
  {
    route: 'POST /api/v1/case-studies/{id}/translation-requests',
    prepare: async (fx) => ({ url: `/api/v1/case-studies/${(await caseStudyOf(fx, 'published')).caseStudy.id}/translation-requests`, body: { language: 'de' } }),
    // Staff of any town ask; moderators and admins do not speak for a town.
    expected: { visitor: 401, unverified: 403, staffOwn: 204, staffOther: 204, moderator: 403, admin: 403 },
  },
  {
    route: 'GET /api/v1/translation-revisions/{id}',
    prepare: async (fx) => ({ url: `/api/v1/translation-revisions/${(await translationByOwn(fx)).id}` }),
    // The moderators, the town, and the translators' town (here the town itself).
    expected: { visitor: 401, unverified: 403, staffOwn: 200, staffOther: 403, moderator: 200, admin: 200 },
  },
  { route: 'GET /api/v1/moderation/translations', prepare: async () => ({ url: '/api/v1/moderation/translations' }), expected: moderators(200) },
  {
    route: 'POST /api/v1/moderation/translation-revisions/{id}/decision',
    prepare: async (fx) => ({ url: `/api/v1/moderation/translation-revisions/${(await translationByOwn(fx)).id}/decision`, body: { decision: 'reject', comment: 'The lessons are missing a sentence.' } }),
    expected: moderators(200),
  },
  {
    route: 'POST /api/v1/moderation/revisions/{id}/decision',
    prepare: async (fx) => ({
      url: `/api/v1/moderation/revisions/${(await caseStudyOf(fx, 'submitted')).revision!.id}/decision`,
      body: { decision: 'request_changes', comment: '', sectionComments: { lessons: 'Say what did not work.' } },
    }),
    expected: moderators(200),
  },
  { route: 'GET /api/v1/statistics', prepare: async () => ({ url: '/api/v1/statistics' }), expected: everyone(200) },
  { route: 'GET /api/v1/statistics/summary', prepare: async () => ({ url: '/api/v1/statistics/summary' }), expected: everyone(200) },
  { route: 'GET /api/v1/map', prepare: async (fx) => ({ url: `/api/v1/map?municipality=${fx.own.id}` }), expected: everyone(200) },
  { route: 'GET /api/v1/funding/programmes', prepare: async () => ({ url: '/api/v1/funding/programmes?includeArchived=true' }), expected: everyone(200) },
  { route: 'GET /api/v1/funding/programmes/{id}', prepare: async (fx) => ({ url: `/api/v1/funding/programmes/${(await insertFundingProgramme(fx.t.dataSource)).id}` }), expected: everyone(200) },
  // Only moderators (and admins) keep the catalogue.
  { route: 'POST /api/v1/funding/programmes', prepare: async () => ({ url: '/api/v1/funding/programmes', body: fundingProgrammeInput() }), expected: moderators(201) },
  {
    route: 'PATCH /api/v1/funding/programmes/{id}',
    prepare: async (fx) => ({ url: `/api/v1/funding/programmes/${(await insertFundingProgramme(fx.t.dataSource)).id}`, body: { archived: true } }),
    expected: moderators(200),
  },
  { route: 'GET /api/v1/partner-requests', prepare: async () => ({ url: '/api/v1/partner-requests?theme=youth&status=open&status=closed' }), expected: everyone(200) },
  {
    route: 'POST /api/v1/partner-requests',
    prepare: async () => ({ url: '/api/v1/partner-requests', body: partnerRequestInput() }),
    // A request speaks for a town: only its verified staff post one.
    expected: { visitor: 401, unverified: 403, staffOwn: 201, staffOther: 201, moderator: 403, admin: 403 },
  },
  {
    route: 'GET /api/v1/partner-requests/mine',
    prepare: async () => ({ url: '/api/v1/partner-requests/mine' }),
    expected: { visitor: 401, unverified: 403, staffOwn: 200, staffOther: 200, moderator: 403, admin: 403 },
  },
  { route: 'GET /api/v1/partner-requests/{id}', prepare: async (fx) => ({ url: `/api/v1/partner-requests/${(await insertPartnerRequest(fx.t.dataSource, fx.own.id)).id}` }), expected: everyone(200) },
  {
    route: 'POST /api/v1/partner-requests/{id}/answers',
    prepare: async (fx) => ({ url: `/api/v1/partner-requests/${(await insertPartnerRequest(fx.t.dataSource, fx.own.id)).id}/answers`, body: { message: 'We would like to join.' } }),
    // Staff of other towns answer; the posting town cannot answer its own request.
    expected: { visitor: 401, unverified: 403, staffOwn: 409, staffOther: 201, moderator: 403, admin: 403 },
  },
  {
    route: 'POST /api/v1/partner-answers/{id}/decision',
    prepare: async (fx) => {
      const request = await insertPartnerRequest(fx.t.dataSource, fx.own.id);
      return { url: `/api/v1/partner-answers/${(await insertPartnerAnswer(fx.t.dataSource, request.id, fx.other.id)).id}/decision`, body: { status: 'shortlisted' } };
    },
    // Only the posting town's staff decide on the answers to its request.
    expected: { visitor: 401, unverified: 403, staffOwn: 201, staffOther: 403, moderator: 403, admin: 403 },
  },
  { route: 'GET /api/v1/moderation/partner-pairs', prepare: async () => ({ url: '/api/v1/moderation/partner-pairs' }), expected: moderators(200) },
  {
    route: 'POST /api/v1/moderation/partner-pairs/{id}/confirm',
    prepare: async (fx) => {
      // Two fresh towns each time: a pair becomes a partnership once.
      const [poster, partner] = [await insertMunicipality(fx.t.dataSource), await insertMunicipality(fx.t.dataSource)];
      const request = await insertPartnerRequest(fx.t.dataSource, poster.id);
      return { url: `/api/v1/moderation/partner-pairs/${(await insertPartnerAnswer(fx.t.dataSource, request.id, partner.id, 'accepted')).id}/confirm` };
    },
    expected: moderators(201),
  },
  { route: 'GET /api/v1/funding/calls', prepare: async () => ({ url: '/api/v1/funding/calls?status=open' }), expected: everyone(200) },
  { route: 'GET /api/v1/funding/calls.ics', prepare: async () => ({ url: '/api/v1/funding/calls.ics?theme=youth' }), expected: everyone(200) },
  {
    route: 'POST /api/v1/funding/calls',
    prepare: async (fx) => ({ url: '/api/v1/funding/calls', body: fundingCallInput((await insertFundingProgramme(fx.t.dataSource)).id) }),
    expected: moderators(201),
  },
  {
    route: 'PATCH /api/v1/funding/calls/{id}',
    prepare: async (fx) => ({ url: `/api/v1/funding/calls/${(await insertFundingCall(fx.t.dataSource, (await insertFundingProgramme(fx.t.dataSource)).id)).id}`, body: { title: 'Renamed call' } }),
    expected: moderators(200),
  },
  { route: 'GET /api/v1/config', prepare: async () => ({ url: '/api/v1/config' }), expected: everyone(200) },
  { route: 'GET /api/v1/search/export', prepare: async () => ({ url: '/api/v1/search/export?format=json&q=bisiklet' }), expected: everyone(200) },
  { route: 'GET /api/v1/open-data/catalog', prepare: async () => ({ url: '/api/v1/open-data/catalog' }), expected: everyone(200) },
  { route: 'GET /api/v1/search', prepare: async () => ({ url: '/api/v1/search?q=bisiklet&sdg=11' }), expected: everyone(200) },
  {
    route: 'GET /api/v1/case-studies/{id}/similar',
    prepare: async (fx) => ({ url: `/api/v1/case-studies/${(await caseStudyOf(fx, 'published')).caseStudy.id}/similar` }),
    expected: everyone(200),
  },
  {
    route: 'POST /api/v1/case-studies/{id}/adaptations',
    prepare: async (fx) => ({ url: `/api/v1/case-studies/${(await caseStudyOf(fx, 'published')).caseStudy.id}/adaptations`, body: adaptationBody }),
    // A town adapts other towns' practices: its own staff get 409 (own practice).
    expected: { visitor: 401, unverified: 403, staffOwn: 409, staffOther: 201, moderator: 403, admin: 403 },
  },
  { route: 'GET /api/v1/case-studies/{id}/adaptations', prepare: async (fx) => ({ url: `/api/v1/case-studies/${(await caseStudyOf(fx, 'published')).caseStudy.id}/adaptations` }), expected: everyone(200) },
  { route: 'GET /api/v1/adaptations/{id}', prepare: async (fx) => ({ url: `/api/v1/adaptations/${await adaptationByOther(fx)}` }), expected: everyone(200) },
  {
    route: 'POST /api/v1/adaptations/{id}/check-ins',
    prepare: async (fx) => ({ url: `/api/v1/adaptations/${await adaptationByOther(fx)}/check-ins`, body: { status: 'planning', note: 'Council approved the pilot.', results: '' } }),
    // Only the adapting town's staff write its timeline.
    expected: { visitor: 401, unverified: 403, staffOwn: 403, staffOther: 201, moderator: 403, admin: 403 },
  },
  {
    route: 'POST /api/v1/adaptations/{id}/case-study',
    prepare: async (fx) => ({ url: `/api/v1/adaptations/${await adaptationByOther(fx, 'implemented')}/case-study`, body: {} }),
    // Only the adapting town's staff write its adaptation up.
    expected: { visitor: 401, unverified: 403, staffOwn: 403, staffOther: 201, moderator: 403, admin: 403 },
  },
  { route: 'GET /api/v1/case-studies/{id}/questions', prepare: async (fx) => ({ url: `/api/v1/case-studies/${(await questionOnOwn(fx)).caseStudyId}/questions` }), expected: everyone(200) },
  {
    route: 'POST /api/v1/case-studies/{id}/questions',
    prepare: async (fx) => ({ url: `/api/v1/case-studies/${(await caseStudyOf(fx, 'published')).caseStudy.id}/questions`, body: { body: 'Who maintains the bikes?' } }),
    // An account still waiting for verification does not speak for a town yet.
    expected: { ...signedIn(201), unverified: 403 },
  },
  {
    route: 'POST /api/v1/questions/{id}/answers',
    prepare: async (fx) => ({ url: `/api/v1/questions/${(await questionOnOwn(fx)).id}/answers`, body: { body: 'The transport company.' } }),
    // The case study's town answers; nobody else.
    expected: { visitor: 401, unverified: 403, staffOwn: 201, staffOther: 403, moderator: 403, admin: 403 },
  },
  { route: 'POST /api/v1/posts/{id}/visibility', prepare: async (fx) => ({ url: `/api/v1/posts/${(await questionOnOwn(fx)).id}/visibility`, body: { hidden: true } }), expected: moderators(204) },
  {
    route: 'POST /api/v1/reports',
    prepare: async (fx) => ({ url: '/api/v1/reports', body: { targetKind: 'case_study', targetId: (await caseStudyOf(fx, 'published')).caseStudy.id, reason: 'Names a private person.' } }),
    expected: { ...signedIn(204), unverified: 403 },
  },
  {
    route: 'POST /api/v1/moderation/reports/resolve',
    prepare: async (fx) => {
      const question = await questionOnOwn(fx);
      await fx.t.dataSource.getRepository(ContentReportEntity).insert({ targetKind: 'post', targetId: question.id, caseStudyId: question.caseStudyId, postId: question.id, reporterId: fx.someoneId, reason: 'Spam.' });
      return { url: '/api/v1/moderation/reports/resolve', body: { targetKind: 'post', targetId: question.id, decision: 'dismissed', comment: '' } };
    },
    expected: moderators(204),
  },
  { route: 'GET /api/v1/moderation/reports', prepare: async () => ({ url: '/api/v1/moderation/reports' }), expected: moderators(200) },
  { route: 'GET /api/v1/collections', prepare: async () => ({ url: '/api/v1/collections?featured=true' }), expected: everyone(200) },
  { route: 'GET /api/v1/collections/{id}', prepare: async (fx) => ({ url: `/api/v1/collections/${await collectionOf(fx)}` }), expected: everyone(200) },
  { route: 'POST /api/v1/collections', prepare: async (fx) => ({ url: '/api/v1/collections', body: await collectionInput(fx) }), expected: moderators(201) },
  { route: 'PATCH /api/v1/collections/{id}', prepare: async (fx) => ({ url: `/api/v1/collections/${await collectionOf(fx)}`, body: { featured: false } }), expected: moderators(200) },
  { route: 'DELETE /api/v1/collections/{id}', prepare: async (fx) => ({ url: `/api/v1/collections/${await collectionOf(fx)}` }), expected: moderators(204) },
  { route: 'GET /api/v1/feed', prepare: async () => ({ url: '/api/v1/feed' }), expected: { visitor: 401, unverified: 403, staffOwn: 200, staffOther: 200, moderator: 403, admin: 403 } },
  { route: 'GET /api/v1/notifications', prepare: async () => ({ url: '/api/v1/notifications' }), expected: signedIn(200) },
  {
    route: 'POST /api/v1/notifications/{id}/read',
    prepare: async (fx, callerId) => ({ url: `/api/v1/notifications/${await notificationFor(fx, callerId ?? fx.someoneId)}/read`, body: {} }),
    expected: signedIn(204),
  },
  { route: 'GET /api/v1/me/notification-preferences', prepare: async () => ({ url: '/api/v1/me/notification-preferences' }), expected: signedIn(200) },
  { route: 'PATCH /api/v1/me/notification-preferences', prepare: async () => ({ url: '/api/v1/me/notification-preferences', body: { question_asked: 'digest' } }), expected: signedIn(200) },
  {
    route: 'POST /api/v1/case-studies/{id}/files',
    prepare: async (fx) => ({ url: `/api/v1/case-studies/${(await caseStudyOf(fx, 'draft')).caseStudy.id}/files`, upload: { file: pdfBytes(), name: 'minutes.pdf', fields: { title: 'Minutes' } } }),
    expected: ownDraftWrite(201),
  },
  {
    route: 'PATCH /api/v1/case-studies/{id}/files/{fileId}',
    prepare: async (fx) => {
      const file = await documentOf(fx, 'draft');
      return { url: `/api/v1/case-studies/${file.caseStudyId}/files/${file.id}`, body: { title: 'Council minutes' } };
    },
    expected: ownDraftWrite(200),
  },
  {
    route: 'DELETE /api/v1/case-studies/{id}/files/{fileId}',
    prepare: async (fx) => {
      const file = await documentOf(fx, 'draft');
      return { url: `/api/v1/case-studies/${file.caseStudyId}/files/${file.id}` };
    },
    expected: ownDraftWrite(200),
  },
  {
    route: 'GET /api/v1/files/{fileId}/{variant}',
    prepare: async (fx) => ({ url: `/api/v1/files/${(await documentOf(fx, 'draft')).id}/original` }),
    // A draft's file: its town's verified staff and the moderators; 404 for everyone else, as for the draft itself.
    expected: { visitor: 404, unverified: 404, staffOwn: 200, staffOther: 404, moderator: 200, admin: 200 },
  },
];

/** A translation revision, by the "own" town's staff, of one of its published case studies. */
async function translationByOwn(fx: Fixture) {
  const { caseStudy, revision } = await caseStudyOf(fx, 'published');
  return insertTranslationRevision(fx.t.dataSource, { caseStudyId: caseStudy.id, sourceRevision: revision!, municipalityId: fx.own.id });
}

/** A change to a draft's files: only its own town's staff; others do not see the draft, moderators may not write it. */
function ownDraftWrite(status: number): Statuses {
  return { visitor: 401, unverified: 403, staffOwn: status, staffOther: 404, moderator: 403, admin: 403 };
}

/** A PDF of a case study of the "own" town, with its bytes in the storage. */
async function documentOf(fx: Fixture, status: CaseStudyStatus): Promise<{ id: string; caseStudyId: string }> {
  const { caseStudy } = await caseStudyOf(fx, status);
  const id = randomUUID();
  const bytes = pdfBytes();
  await fx.t.dataSource
    .getRepository(CaseStudyFileEntity)
    .insert({ id, caseStudyId: caseStudy.id, kind: 'document', contentType: 'application/pdf', byteSize: bytes.length, title: 'Minutes', width: null, height: null, uploadedById: null });
  await fx.t.app.get<FileStorage>(FILE_STORAGE).put(`${id}/original`, bytes, 'application/pdf');
  return { id, caseStudyId: caseStudy.id };
}

const adaptationBody = { localContext: 'A hilly town with narrow streets.', changes: 'Electric bikes instead of cargo bikes.', plannedSteps: 'Pilot in one street.' };

/** An adaptation, by the "other" town, of a published case study of the "own" town. */
async function adaptationByOther(fx: Fixture, status: AdaptationStatus = 'exploring'): Promise<string> {
  const { caseStudy } = await caseStudyOf(fx, 'published');
  const { identifiers } = await fx.t.dataSource
    .getRepository(AdaptationEntity)
    .insert({ caseStudyId: caseStudy.id, municipalityId: fx.other.id, status, createdById: null, discontinuedReason: null, ...adaptationBody });
  return identifiers[0].id as string;
}

/** A question, by someone else, on a published case study of the "own" town. */
async function questionOnOwn(fx: Fixture): Promise<{ id: string; caseStudyId: string }> {
  const { caseStudy } = await caseStudyOf(fx, 'published');
  const { identifiers } = await fx.t.dataSource
    .getRepository(DiscussionPostEntity)
    .insert({ caseStudyId: caseStudy.id, questionId: null, authorId: fx.someoneId, body: 'How long did it take?', hiddenAt: null, hiddenById: null });
  return { id: identifiers[0].id as string, caseStudyId: caseStudy.id };
}

async function collectionInput(fx: Fixture) {
  const texts = { en: 'Coastal towns', tr: 'Kıyı kentleri', de: 'Küstenorte' };
  return { title: texts, text: texts, featured: true, caseStudyIds: [(await caseStudyOf(fx, 'published')).caseStudy.id] };
}

/** A collection of one published practice of the "own" town. */
async function collectionOf(fx: Fixture): Promise<string> {
  const { caseStudyIds, ...fields } = await collectionInput(fx);
  const { identifiers } = await fx.t.dataSource.getRepository(CollectionEntity).insert(fields);
  await fx.t.dataSource.getRepository(CollectionCaseStudyEntity).insert({ collectionId: identifiers[0].id as string, caseStudyId: caseStudyIds[0], position: 0 });
  return identifiers[0].id as string;
}

function caseStudyOf(fx: Fixture, status: CaseStudyStatus) {
  return insertCaseStudy(fx.t.dataSource, { municipalityId: fx.own.id, status });
}

async function notificationFor(fx: Fixture, userId: string): Promise<string> {
  const { caseStudy } = await caseStudyOf(fx, 'changes_requested');
  const { identifiers } = await fx.t.dataSource
    .getRepository(NotificationEntity)
    .insert({ userId, kind: 'moderation_decision', caseStudyId: caseStudy.id, title: caseStudy.content.title, decision: 'request_changes', readAt: null });
  return identifiers[0].id as string;
}

describe('who gets into which route', () => {
  let t: TestApp;
  let fx: Fixture;
  const callerIds = new Map<CallerKind, string>();

  beforeAll(async () => {
    t = await createTestApp();
    const own = await insertMunicipality(t.dataSource, { nameLocal: 'Bursa', nameEn: 'Bursa' });
    const other = await insertMunicipality(t.dataSource, { nameLocal: 'Darmstadt', nameEn: 'Darmstadt', country: 'DE' });
    fx = { t, own, other, someoneId: (await insertUser(t.dataSource, { municipalityId: other.id })).id };
    callerIds.set('unverified', (await insertUser(t.dataSource, { municipalityId: own.id, verified: false })).id);
    callerIds.set('staffOwn', (await insertUser(t.dataSource, { municipalityId: own.id })).id);
    callerIds.set('staffOther', (await insertUser(t.dataSource, { municipalityId: other.id })).id);
    callerIds.set('moderator', (await insertUser(t.dataSource, { role: 'moderator' })).id);
    callerIds.set('admin', (await insertUser(t.dataSource, { role: 'admin' })).id);
  });

  afterAll(() => t.close());

  it('has a row for every route the API serves, and no row for a route it does not', () => {
    const document = SwaggerModule.createDocument(t.app, new DocumentBuilder().build());
    const served = Object.entries(document.paths).flatMap(([path, operations]) =>
      Object.keys(operations).map((method) => `${method.toUpperCase()} ${path}`),
    );
    expect(ROUTES.map((row) => row.route).sort()).toEqual(served.sort());
  });

  describe.each(ROUTES)('$route', ({ route, prepare, expected }) => {
    it.each(CALLERS)('answers %s as the table says', async (caller) => {
      const userId = callerIds.get(caller);
      const { url, body, upload } = await prepare(fx, userId);
      // A fresh session for every request, so sign-out or a changed account cannot leak into the next row.
      const session = userId ? await startSession(t, userId) : undefined;
      const method = route.split(' ')[0].toLowerCase() as 'get' | 'post' | 'patch' | 'delete';
      let test = withSession(t.http[method](url), session);
      if (body) test = test.send(body);
      if (upload) {
        for (const [field, value] of Object.entries(upload.fields)) test = test.field(field, value);
        test = test.attach('file', upload.file, upload.name);
      }
      const response = await test;
      expect({ caller, status: response.status, body: response.status === expected[caller] ? undefined : response.body }).toEqual({
        caller,
        status: expected[caller],
        body: undefined,
      });
    });
  });
});
