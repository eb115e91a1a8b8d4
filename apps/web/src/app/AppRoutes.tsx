import { useRoutes, type RouteObject } from 'react-router';
import { RequireAccount } from '../features/auth/components/RequireAccount';
import { AcceptInvitationPage } from '../features/auth/pages/AcceptInvitationPage';
import { AccountPage } from '../features/auth/pages/AccountPage';
import { ConfirmEmailPage } from '../features/auth/pages/ConfirmEmailPage';
import { ForgotPasswordPage } from '../features/auth/pages/ForgotPasswordPage';
import { RegisterPage } from '../features/auth/pages/RegisterPage';
import { ResetPasswordPage } from '../features/auth/pages/ResetPasswordPage';
import { SignInPage } from '../features/auth/pages/SignInPage';
import { canAdminister, canModerate, canVerifyAccounts, canWriteCaseStudies } from '../features/auth/utils/permissions';
import { AdaptationPage } from '../features/adaptations/pages/AdaptationPage';
import { StartAdaptationPage } from '../features/adaptations/pages/StartAdaptationPage';
import { AccountsAdminPage } from '../features/admin/pages/AccountsAdminPage';
import { AdminHomePage } from '../features/admin/pages/AdminHomePage';
import { AdminLayout } from '../features/admin/pages/AdminLayout';
import { AuditLogPage } from '../features/admin/pages/AuditLogPage';
import { InviteAdminPage } from '../features/admin/pages/InviteAdminPage';
import { MunicipalitiesAdminPage } from '../features/admin/pages/MunicipalitiesAdminPage';
import { PartnershipsAdminPage } from '../features/admin/pages/PartnershipsAdminPage';
import { CaseStudiesPage } from '../features/case-studies/pages/CaseStudiesPage';
import { CaseStudyPage } from '../features/case-studies/pages/CaseStudyPage';
import { EditCaseStudyPage } from '../features/case-studies/pages/EditCaseStudyPage';
import { MyMunicipalityPage } from '../features/case-studies/pages/MyMunicipalityPage';
import { NewCaseStudyPage } from '../features/case-studies/pages/NewCaseStudyPage';
import { RevisionHistoryPage } from '../features/case-studies/pages/RevisionHistoryPage';
import { RevisionPage } from '../features/case-studies/pages/RevisionPage';
import { ModerationQueuePage } from '../features/moderation/pages/ModerationQueuePage';
import { RevisionReviewPage } from '../features/moderation/pages/RevisionReviewPage';
import { ReportedPostsPage } from '../features/questions/pages/ReportedPostsPage';
import { SearchPage } from '../features/search/pages/SearchPage';
import { StatisticsPage } from '../features/statistics/pages/StatisticsPage';
import { TownPage } from '../features/municipalities/pages/TownPage';
import { TownsPage } from '../features/municipalities/pages/TownsPage';
import { Layout } from './Layout';
import { NotFoundPage } from './NotFoundPage';

const appRoutes: RouteObject[] = [
  {
    element: <Layout />,
    children: [
      { index: true, element: <TownsPage /> },
      { path: 'towns', element: <TownsPage /> },
      { path: 'towns/:id', element: <TownPage /> },
      { path: 'search', element: <SearchPage /> },
      { path: 'case-studies', element: <CaseStudiesPage /> },
      { path: 'case-studies/:id', element: <CaseStudyPage /> },
      { path: 'adaptations/:id', element: <AdaptationPage /> },
      { path: 'statistics', element: <StatisticsPage /> },
      {
        element: <RequireAccount allow={canWriteCaseStudies} />,
        children: [
          { path: 'case-studies/new', element: <NewCaseStudyPage /> },
          { path: 'case-studies/:id/edit', element: <EditCaseStudyPage /> },
          { path: 'case-studies/:id/adapt', element: <StartAdaptationPage /> },
          { path: 'my-municipality', element: <MyMunicipalityPage /> },
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
          { path: 'reports', element: <ReportedPostsPage /> },
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
