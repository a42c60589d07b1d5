// Every address of the web app. Pages load lazily so a phone downloads only what it shows.

import { lazy, Suspense, type ComponentType } from 'react';
import { createBrowserRouter } from 'react-router';
import { Loading } from '../components/Loading';
import { AppLayout } from './AppLayout';
import { PublicLayout } from './PublicLayout';

function page(load: () => Promise<{ default: ComponentType }>) {
  const Page = lazy(load);
  return (
    <Suspense fallback={<Loading />}>
      <Page />
    </Suspense>
  );
}

export const router = createBrowserRouter([
  {
    element: <PublicLayout />,
    children: [
      { path: '/signin', element: page(() => import('../pages/account/SignInPage')) },
      { path: '/setup', element: page(() => import('../pages/account/SetupPage')) },
      {
        path: '/invitation/:token',
        element: page(() => import('../pages/account/InvitationPage')),
      },
    ],
  },
  {
    path: '/',
    element: <AppLayout />,
    children: [
      { index: true, element: page(() => import('../pages/projects/ProjectsPage')) },
      { path: 'account', element: page(() => import('../pages/account/AccountPage')) },
      {
        path: 'p/:slug',
        children: [
          { index: true, element: page(() => import('../pages/projects/DashboardPage')) },
          {
            path: 'organisations',
            element: page(() => import('../pages/stakeholders/OrganisationsPage')),
          },
          {
            path: 'organisations/import',
            element: page(() => import('../pages/stakeholders/ImportPage')),
          },
          {
            path: 'organisations/:id',
            element: page(() => import('../pages/stakeholders/OrganisationPage')),
          },
          { path: 'visits', element: page(() => import('../pages/stakeholders/VisitsPage')) },
          {
            path: 'visits/new',
            element: page(() => import('../pages/stakeholders/VisitFormPage')),
          },
          { path: 'visits/:id', element: page(() => import('../pages/stakeholders/VisitPage')) },
          {
            path: 'follow-ups',
            element: page(() => import('../pages/stakeholders/FollowUpsPage')),
          },
          {
            path: 'power-interest',
            element: page(() => import('../pages/stakeholders/PowerInterestPage')),
          },
          { path: 'readiness', element: page(() => import('../pages/stakeholders/ReadinessPage')) },
          {
            path: 'statistics',
            element: page(() => import('../pages/statistics/StatisticsLayout')),
            children: [
              {
                index: true,
                element: page(() => import('../pages/statistics/OverviewPage')),
              },
              { path: 'data', element: page(() => import('../pages/statistics/data/DataPage')) },
              {
                path: 'definitions/:id',
                element: page(() => import('../pages/statistics/data/DefinitionEditorPage')),
              },
              {
                path: 'region',
                element: page(() => import('../pages/statistics/region/RegionProfilePage')),
              },
              {
                path: 'clusters',
                element: page(() => import('../pages/statistics/clusters/ClusterRankingPage')),
              },
            ],
          },
          { path: 'members', element: page(() => import('../pages/projects/MembersPage')) },
          {
            path: 'settings',
            element: page(() => import('../pages/projects/ProjectSettingsPage')),
          },
        ],
      },
      { path: '*', element: page(() => import('../pages/NotFoundPage')) },
    ],
  },
]);
