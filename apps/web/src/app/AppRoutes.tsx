import { type ComponentType, lazy, useState } from 'react';
import { useRoutes, type RouteObject } from 'react-router';
import { RequireAccount } from '../features/auth/components/RequireAccount';
import { canAdminister, canModerate, canVerifyAccounts, canWriteCaseStudies } from '../features/auth/utils/permissions';
import { HomePage } from '../features/home/pages/HomePage';
import { Layout } from './Layout';
import { NotFoundPage } from './NotFoundPage';

const pageLoaders: (() => Promise<unknown>)[] = [];

/**
 * A page loaded when it is first opened, so the first visit downloads only the home page and what every page shares; Layout shows a PageSkeleton meanwhile. Once loaded (or
 * preloaded), a page renders at once, without suspending.
 */
function lazyPage<Name extends string>(load: () => Promise<Record<Name, ComponentType>>, name: Name): ComponentType {
  let loaded: ComponentType | undefined;
  const loadPage = () =>
    load().then((module) => {
      loaded = module[name];
      return { default: loaded };
    });
  pageLoaders.push(loadPage);
  const Lazy = lazy(loadPage);
  return function LazyPage() {
    // Chosen once per mount: switching from Lazy to the page itself would remount it.
    const [Page] = useState(() => loaded ?? Lazy);
    return <Page />;
  };
}

/** Loads every page now (tests render routes synchronously; a browser could warm its cache). */
export function preloadPages(): Promise<unknown> {
  return Promise.all(pageLoaders.map((loadPage) => loadPage()));
}

const AccessibilityStatementPage = lazyPage(() => import('../features/accessibility/pages/AccessibilityStatementPage'), 'AccessibilityStatementPage');
const AcceptInvitationPage = lazyPage(() => import('../features/auth/pages/AcceptInvitationPage'), 'AcceptInvitationPage');
const AccountPage = lazyPage(() => import('../features/auth/pages/AccountPage'), 'AccountPage');
const ConfirmEmailPage = lazyPage(() => import('../features/auth/pages/ConfirmEmailPage'), 'ConfirmEmailPage');
const ForgotPasswordPage = lazyPage(() => import('../features/auth/pages/ForgotPasswordPage'), 'ForgotPasswordPage');
const RegisterPage = lazyPage(() => import('../features/auth/pages/RegisterPage'), 'RegisterPage');
const ResetPasswordPage = lazyPage(() => import('../features/auth/pages/ResetPasswordPage'), 'ResetPasswordPage');
const SignInPage = lazyPage(() => import('../features/auth/pages/SignInPage'), 'SignInPage');
const AdaptationPage = lazyPage(() => import('../features/adaptations/pages/AdaptationPage'), 'AdaptationPage');
const StartAdaptationPage = lazyPage(() => import('../features/adaptations/pages/StartAdaptationPage'), 'StartAdaptationPage');
const AccountsAdminPage = lazyPage(() => import('../features/admin/pages/AccountsAdminPage'), 'AccountsAdminPage');
const AdminHomePage = lazyPage(() => import('../features/admin/pages/AdminHomePage'), 'AdminHomePage');
const AdminLayout = lazyPage(() => import('../features/admin/pages/AdminLayout'), 'AdminLayout');
const AuditLogPage = lazyPage(() => import('../features/admin/pages/AuditLogPage'), 'AuditLogPage');
const InviteAdminPage = lazyPage(() => import('../features/admin/pages/InviteAdminPage'), 'InviteAdminPage');
const MunicipalitiesAdminPage = lazyPage(() => import('../features/admin/pages/MunicipalitiesAdminPage'), 'MunicipalitiesAdminPage');
const PartnershipsAdminPage = lazyPage(() => import('../features/admin/pages/PartnershipsAdminPage'), 'PartnershipsAdminPage');
const CaseStudiesPage = lazyPage(() => import('../features/case-studies/pages/CaseStudiesPage'), 'CaseStudiesPage');
const CaseStudyPage = lazyPage(() => import('../features/case-studies/pages/CaseStudyPage'), 'CaseStudyPage');
const EditCaseStudyPage = lazyPage(() => import('../features/case-studies/pages/EditCaseStudyPage'), 'EditCaseStudyPage');
const MyMunicipalityPage = lazyPage(() => import('../features/case-studies/pages/MyMunicipalityPage'), 'MyMunicipalityPage');
const NewCaseStudyPage = lazyPage(() => import('../features/case-studies/pages/NewCaseStudyPage'), 'NewCaseStudyPage');
const RevisionHistoryPage = lazyPage(() => import('../features/case-studies/pages/RevisionHistoryPage'), 'RevisionHistoryPage');
const RevisionPage = lazyPage(() => import('../features/case-studies/pages/RevisionPage'), 'RevisionPage');
const MapPage = lazyPage(() => import('../features/map/pages/MapPage'), 'MapPage');
const ModerationQueuePage = lazyPage(() => import('../features/moderation/pages/ModerationQueuePage'), 'ModerationQueuePage');
const RevisionReviewPage = lazyPage(() => import('../features/moderation/pages/RevisionReviewPage'), 'RevisionReviewPage');
const ReportsQueuePage = lazyPage(() => import('../features/reports/pages/ReportsQueuePage'), 'ReportsQueuePage');
const CollectionPage = lazyPage(() => import('../features/collections/pages/CollectionPage'), 'CollectionPage');
const CollectionsModerationPage = lazyPage(() => import('../features/collections/pages/CollectionsModerationPage'), 'CollectionsModerationPage');
const CollectionEditPage = lazyPage(() => import('../features/collections/pages/CollectionEditPage'), 'CollectionEditPage');
const NotificationSettingsPage = lazyPage(() => import('../features/notifications/pages/NotificationSettingsPage'), 'NotificationSettingsPage');
const SearchPage = lazyPage(() => import('../features/search/pages/SearchPage'), 'SearchPage');
const FailuresPage = lazyPage(() => import('../features/failures/pages/FailuresPage'), 'FailuresPage');
const StatisticsPage = lazyPage(() => import('../features/statistics/pages/StatisticsPage'), 'StatisticsPage');
const TranslatePage = lazyPage(() => import('../features/translations/pages/TranslatePage'), 'TranslatePage');
const TranslationReviewPage = lazyPage(() => import('../features/translations/pages/TranslationReviewPage'), 'TranslationReviewPage');
const TownsPage = lazyPage(() => import('../features/municipalities/pages/TownsPage'), 'TownsPage');
const FundingCalendarPage = lazyPage(() => import('../features/funding/pages/FundingCalendarPage'), 'FundingCalendarPage');
const FundingProgrammeEditPage = lazyPage(() => import('../features/funding/pages/FundingProgrammeEditPage'), 'FundingProgrammeEditPage');
const PartnershipPage = lazyPage(() => import('../features/partnerships/pages/PartnershipPage'), 'PartnershipPage');
const FundingProgrammePage = lazyPage(() => import('../features/funding/pages/FundingProgrammePage'), 'FundingProgrammePage');
const FundingProgrammesPage = lazyPage(() => import('../features/funding/pages/FundingProgrammesPage'), 'FundingProgrammesPage');
const MyPartnerRequestsPage = lazyPage(() => import('../features/partner-requests/pages/MyPartnerRequestsPage'), 'MyPartnerRequestsPage');
const NewPartnerRequestPage = lazyPage(() => import('../features/partner-requests/pages/NewPartnerRequestPage'), 'NewPartnerRequestPage');
const PartnerPairQueuePage = lazyPage(() => import('../features/partner-requests/pages/PartnerPairQueuePage'), 'PartnerPairQueuePage');
const PartnerRequestPage = lazyPage(() => import('../features/partner-requests/pages/PartnerRequestPage'), 'PartnerRequestPage');
const PartnerRequestsPage = lazyPage(() => import('../features/partner-requests/pages/PartnerRequestsPage'), 'PartnerRequestsPage');
const TownPage = lazyPage(() => import('../features/municipalities/pages/TownPage'), 'TownPage');

const appRoutes: RouteObject[] = [
  {
    element: <Layout />,
    children: [
      { index: true, element: <HomePage /> },
      { path: 'towns', element: <TownsPage /> },
      { path: 'towns/:id', element: <TownPage /> },
      { path: 'map', element: <MapPage /> },
      { path: 'search', element: <SearchPage /> },
      { path: 'case-studies', element: <CaseStudiesPage /> },
      { path: 'case-studies/:id', element: <CaseStudyPage /> },
      { path: 'adaptations/:id', element: <AdaptationPage /> },
      { path: 'collections/:id', element: <CollectionPage /> },
      { path: 'statistics', element: <StatisticsPage /> },
      { path: 'failures', element: <FailuresPage /> },
      { path: 'funding', element: <FundingProgrammesPage /> },
      { path: 'funding/programmes/:id', element: <FundingProgrammePage /> },
      { path: 'partnerships/:id', element: <PartnershipPage /> },
      { path: 'funding/calls', element: <FundingCalendarPage /> },
      { path: 'partner-requests', element: <PartnerRequestsPage /> },
      { path: 'partner-requests/:id', element: <PartnerRequestPage /> },
      { path: 'accessibility', element: <AccessibilityStatementPage /> },
      {
        element: <RequireAccount allow={canWriteCaseStudies} />,
        children: [
          { path: 'case-studies/new', element: <NewCaseStudyPage /> },
          { path: 'case-studies/:id/edit', element: <EditCaseStudyPage /> },
          { path: 'case-studies/:id/adapt', element: <StartAdaptationPage /> },
          // The API says whether this town may translate it (its own, or a partner's).
          { path: 'case-studies/:id/translate', element: <TranslatePage /> },
          { path: 'my-municipality', element: <MyMunicipalityPage /> },
          { path: 'partner-requests/new', element: <NewPartnerRequestPage /> },
          { path: 'partner-requests/mine', element: <MyPartnerRequestsPage /> },
        ],
      },
      {
        // The API decides whose revisions these are (owning staff, moderators, admins).
        element: <RequireAccount />,
        children: [
          { path: 'case-studies/:id/revisions', element: <RevisionHistoryPage /> },
          { path: 'case-studies/:id/revisions/:revisionId', element: <RevisionPage /> },
        ],
      },
      {
        path: 'moderation',
        element: <RequireAccount allow={canModerate} />,
        children: [
          { index: true, element: <ModerationQueuePage /> },
          { path: 'case-studies/:caseStudyId/revisions/:revisionId', element: <RevisionReviewPage /> },
          { path: 'translations/:revisionId', element: <TranslationReviewPage /> },
          { path: 'reports', element: <ReportsQueuePage /> },
          { path: 'partner-pairs', element: <PartnerPairQueuePage /> },
          { path: 'collections', element: <CollectionsModerationPage /> },
          { path: 'collections/new', element: <CollectionEditPage /> },
          { path: 'collections/:id/edit', element: <CollectionEditPage /> },
        ],
      },
      {
        // Moderators and admins keep the funding catalogue.
        path: 'funding/programmes',
        element: <RequireAccount allow={canModerate} />,
        children: [
          { path: 'new', element: <FundingProgrammeEditPage /> },
          { path: ':id/edit', element: <FundingProgrammeEditPage /> },
        ],
      },
      { path: 'sign-in', element: <SignInPage /> },
      { path: 'register', element: <RegisterPage /> },
      { path: 'invitations/:token', element: <AcceptInvitationPage /> },
      { path: 'confirm-email/:token', element: <ConfirmEmailPage /> },
      { path: 'forgot-password', element: <ForgotPasswordPage /> },
      { path: 'reset-password/:token', element: <ResetPasswordPage /> },
      {
        path: 'account',
        element: (
          <RequireAccount>
            <AccountPage />
          </RequireAccount>
        ),
      },
      {
        path: 'account/notifications',
        element: (
          <RequireAccount>
            <NotificationSettingsPage />
          </RequireAccount>
        ),
      },
      {
        // Who may open which page is decided here, with the same rules as the navigation.
        path: 'admin',
        element: <RequireAccount allow={canVerifyAccounts} />,
        children: [
          {
            element: <AdminLayout />,
            children: [
              { index: true, element: <AdminHomePage /> },
              { path: 'accounts', element: <AccountsAdminPage /> },
              {
                element: <RequireAccount allow={canAdminister} />,
                children: [
                  { path: 'accounts/invite', element: <InviteAdminPage /> },
                  { path: 'municipalities', element: <MunicipalitiesAdminPage /> },
                  { path: 'partnerships', element: <PartnershipsAdminPage /> },
                  { path: 'audit', element: <AuditLogPage /> },
                ],
              },
            ],
          },
        ],
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];

/**
 * The routes, inside whichever router renders them: a browser router in the app, a memory router in tests.
 * Declarative routing is enough, since React Query (not route loaders) fetches the data.
 */
export function AppRoutes() {
  return useRoutes(appRoutes);
}
