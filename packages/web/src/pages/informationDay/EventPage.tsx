// One event (/p/:slug/information-day/:id): the check-in and deck links, delete, and four tabs
// (`?tab=`): details (public link, fields, agenda), guests, invitations and polls.

import { Anchor, Breadcrumbs, Button, Tabs, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { useProject } from '../../api/useProject';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { ConfirmButton } from '../stakeholders/ConfirmButton';
import { DetailsTab } from './details/DetailsTab';
import { deleteEvent, useEvent, useEventMutation } from './eventQueries';
import { eventDateText, timeRangeText } from './eventTime';
import type { EventDetail } from './eventTypes';
import { GuestsTab } from './guests/GuestsTab';
import { InvitationsTab } from './invitations/InvitationsTab';
import { PollsTab } from './polls/PollsTab';

const TABS = ['details', 'guests', 'invitations', 'polls'] as const;
type Tab = (typeof TABS)[number];

export default function EventPage() {
  const { id = '' } = useParams();
  const project = useProject();
  const event = useEvent(project.slug, id);
  if (event.isPending) return <Loading />;
  if (event.error) return <ErrorAlert error={event.error} />;
  return <EventScreen event={event.data} />;
}

function EventScreen({ event }: { event: EventDetail }) {
  const { t, i18n } = useTranslation('informationDay');
  const project = useProject();
  const { slug } = project;
  const canWrite = project.can('events');
  const navigate = useNavigate();
  const [search, setSearch] = useSearchParams();
  const tab: Tab = TABS.find((each) => each === search.get('tab')) ?? 'details';
  const base = `/p/${slug}/information-day`;
  const remove = useEventMutation(slug, () => deleteEvent(slug, event.id), {
    success: t('event.deleted'),
    notifyErrors: true,
    onSuccess: () => void navigate(base),
  });

  return (
    <>
      <Breadcrumbs mb="xs">
        <Anchor component={Link} to={base} size="sm">
          {t('list.heading')}
        </Anchor>
        <Text size="sm">{event.title}</Text>
      </Breadcrumbs>
      <PageHeader
        title={event.title}
        description={`${eventDateText(event.date, i18n.language)} · ${timeRangeText(event.startTime, event.endTime)} · ${event.venue}`}
        actions={
          <>
            {canWrite && (
              <Button
                component={Link}
                to={`${base}/${event.id}/check-in`}
                data-testid="checkin-open"
              >
                {t('event.checkIn')}
              </Button>
            )}
            <Button
              component={Link}
              to={`${base}/${event.id}/deck`}
              variant="light"
              data-testid="deck-link"
            >
              {t('event.deck')}
            </Button>
            {canWrite && (
              <ConfirmButton
                title={t('event.deleteTitle')}
                message={t('event.deleteText', { title: event.title })}
                onConfirm={() => remove.mutateAsync()}
                loading={remove.isPending}
                testId="event-delete"
              >
                {t('common:action.delete')}
              </ConfirmButton>
            )}
          </>
        }
      />
      <Tabs
        value={tab}
        keepMounted={false}
        onChange={(value) =>
          setSearch(
            (current) => {
              const next = new URLSearchParams(current);
              if (value && value !== 'details') next.set('tab', value);
              else next.delete('tab');
              return next;
            },
            { replace: true },
          )
        }
      >
        <Tabs.List mb="md">
          {TABS.map((each) => (
            <Tabs.Tab key={each} value={each} data-testid={`event-tab-${each}`}>
              {t(`event.tabs.${each}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="details">
          <DetailsTab slug={slug} event={event} canWrite={canWrite} />
        </Tabs.Panel>
        <Tabs.Panel value="guests">
          <GuestsTab slug={slug} event={event} canWrite={canWrite} />
        </Tabs.Panel>
        <Tabs.Panel value="invitations">
          <InvitationsTab slug={slug} event={event} canWrite={canWrite} />
        </Tabs.Panel>
        <Tabs.Panel value="polls">
          <PollsTab slug={slug} event={event} canWrite={canWrite} />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}
