// Every address of the web app. Pages load lazily so a phone downloads only what it shows.

import { lazy, Suspense, type ComponentType } from 'react';
import { createBrowserRouter } from 'react-router';
import { Loading } from '../components/Loading';
import { AppLayout } from './AppLayout';
import { PublicLayout } from './PublicLayout';
import { RespondentLayout } from './RespondentLayout';

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
    // A respondent's form: no account, no app frame, phone first.
    element: <RespondentLayout />,
    children: [
      { path: '/r/:token', element: page(() => import('../pages/fieldStudy/respond/RespondPage')) },
      {
        path: '/q/:code',
        element: page(() => import('../pages/fieldStudy/respond/PublicRespondPage')),
      },
      {
        path: '/e/:code',
        element: page(() => import('../pages/informationDay/public/RegisterPage')),
      },
      {
        path: '/e/i/:token',
        element: page(() => import('../pages/informationDay/public/InvitationRegisterPage')),
      },
      {
        path: '/e/ticket/:token',
        element: page(() => import('../pages/informationDay/public/TicketPage')),
      },
      {
        path: '/w/:code',
        element: page(() => import('../pages/workshops/participant/ParticipantPage')),
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
                path: 'derive',
                element: page(() => import('../pages/statistics/derive/DeriveDefinitionsPage')),
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
          {
            path: 'field-study',
            children: [
              {
                path: 'questionnaires',
                element: page(
                  () => import('../pages/fieldStudy/questionnaires/QuestionnairesPage'),
                ),
              },
              {
                path: 'questionnaires/:id',
                element: page(() => import('../pages/fieldStudy/questionnaires/QuestionnairePage')),
              },
              {
                path: 'questionnaires/:id/analysis',
                element: page(() => import('../pages/fieldStudy/analysis/AnalysisPage')),
              },
              {
                path: 'interview/:questionnaireId',
                element: page(() => import('../pages/fieldStudy/interviewMode/InterviewModePage')),
              },
              {
                path: 'interviews',
                element: page(() => import('../pages/fieldStudy/interviews/InterviewsPage')),
              },
              {
                path: 'interviews/:id',
                element: page(() => import('../pages/fieldStudy/interviews/InterviewPage')),
              },
              {
                path: 'quota',
                element: page(() => import('../pages/fieldStudy/quota/QuotaPage')),
              },
              {
                path: 'relations',
                element: page(() => import('../pages/fieldStudy/relations/RelationsPage')),
              },
              {
                path: 'map',
                element: page(() => import('../pages/clusterMap/ClusterMapPage')),
              },
              {
                path: 'value-chain',
                element: page(() => import('../pages/clusterMap/valueChain/ValueChainPage')),
              },
              {
                path: 'working-group',
                element: page(() => import('../pages/clusterMap/workingGroup/WorkingGroupPage')),
              },
            ],
          },
          {
            path: 'information-day',
            element: page(() => import('../pages/informationDay/EventsPage')),
          },
          {
            path: 'information-day/cases',
            element: page(() => import('../pages/informationDay/deck/BenchmarkCasesPage')),
          },
          {
            path: 'information-day/:id',
            element: page(() => import('../pages/informationDay/EventPage')),
          },
          {
            path: 'information-day/:id/check-in',
            element: page(() => import('../pages/informationDay/checkIn/CheckInPage')),
          },
          {
            path: 'information-day/:id/deck',
            element: page(() => import('../pages/informationDay/deck/DeckPage')),
          },
          {
            path: 'workshops',
            element: page(() => import('../pages/workshops/console/WorkshopsPage')),
          },
          {
            path: 'workshops/:id',
            element: page(() => import('../pages/workshops/console/WorkshopConsolePage')),
          },
          {
            path: 'workshops/:id/projector',
            element: page(() => import('../pages/workshops/console/ProjectorPage')),
          },
          {
            path: 'roadmap',
            element: page(() => import('../pages/roadmap/RoadmapPage')),
          },
          {
            path: 'roadmap/actions',
            element: page(() => import('../pages/roadmap/ActionPlanPage')),
          },
          {
            path: 'roadmap/actions/new',
            element: page(() => import('../pages/roadmap/ActionEditorPage')),
          },
          {
            path: 'roadmap/actions/:id',
            element: page(() => import('../pages/roadmap/ActionEditorPage')),
          },
          {
            path: 'roadmap/monitoring',
            element: page(() => import('../pages/roadmap/MonitoringPage')),
          },
          {
            path: 'roadmap/self-assessment',
            element: page(() => import('../pages/roadmap/SelfAssessmentPage')),
          },
          {
            path: 'roadmap/documents',
            element: page(() => import('../pages/roadmap/DocumentsPage')),
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
