// The event page's Polls tab: write the questions and save them as a poll workshop, then run it
// from the workshop console and projector (participants join with the room's code or QR), and
// read the results as they come in.

import { Alert, Button, Card, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Loading } from '../../../components/Loading';
import { JoinPanel } from '../../workshops/console/JoinPanel';
import { WorkshopStatusBadge } from '../../workshops/console/WorkshopStatusBadge';
import { savePolls, useEventMutation, usePolls } from '../eventQueries';
import type { EventDetail } from '../eventTypes';
import { draftFromPolls, pollInput, type PollDraft } from './pollDraft';
import { PollEditor } from './PollEditor';
import { PollResults } from './PollResults';

export function PollsTab({
  slug,
  event,
  canWrite,
}: {
  slug: string;
  event: EventDetail;
  canWrite: boolean;
}) {
  const { t } = useTranslation('informationDay');
  const polls = usePolls(slug, event.id);
  const save = useEventMutation(
    slug,
    (drafts: PollDraft[]) => savePolls(slug, event.id, pollInput(drafts)),
    { success: t('polls.saved') },
  );
  if (polls.isPending) return <Loading />;
  if (polls.error) return <ErrorAlert error={polls.error} />;
  const { workshop } = polls.data;
  const started = workshop !== null && workshop.status !== 'draft';
  const workshopPath = workshop ? `/p/${slug}/workshops/${workshop.id}` : null;

  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">
        {t('polls.help')}
      </Text>
      {workshop && workshopPath && (
        <Card withBorder padding="md" data-testid="poll-workshop">
          <Stack gap="sm">
            <Group justify="space-between">
              <Group gap="xs">
                <Text fw={600}>{t('polls.workshop')}</Text>
                <WorkshopStatusBadge status={workshop.status} />
              </Group>
              <Group gap="xs">
                <Button component={Link} to={workshopPath} data-testid="polls-console">
                  {t('polls.openConsole')}
                </Button>
                {workshop.status !== 'closed' && (
                  <Button
                    component={Link}
                    to={`${workshopPath}/projector`}
                    variant="light"
                    data-testid="polls-projector"
                  >
                    {t('polls.projector')}
                  </Button>
                )}
              </Group>
            </Group>
            {workshop.status === 'draft' && (
              <Text size="sm" c="dimmed">
                {t('polls.draftHint')}
              </Text>
            )}
            {workshop.status !== 'closed' && <JoinPanel code={workshop.code} />}
          </Stack>
        </Card>
      )}
      {started && (
        <Alert color="blue" p="xs" data-testid="polls-started">
          {t('polls.startedHint')}
        </Alert>
      )}
      <PollEditor
        // Saving, or the poll going live, starts the editor over from what is stored.
        key={`${workshop?.id ?? 'none'}-${workshop?.status ?? ''}`}
        initial={draftFromPolls(polls.data.polls)}
        readOnly={!canWrite || started}
        saving={save.isPending}
        error={save.error}
        onSave={(drafts) => save.mutate(drafts)}
      />
      {workshop && polls.data.polls.length > 0 && (
        <Stack gap="xs">
          <Text fw={600}>{t('polls.results')}</Text>
          <PollResults polls={polls.data.polls} />
        </Stack>
      )}
    </Stack>
  );
}
