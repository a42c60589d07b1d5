// The projector (/p/:slug/workshops/:id/projector): a read-only big view for the room with the
// join code and QR, the round's prompt, the items as a wall of cards, the vote progress, the
// results once revealed, the matrices and the timer. Connected with the facilitator's seat; sends
// no commands.

import {
  Button,
  Center,
  Group,
  Paper,
  Progress,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { localText, type WorkshopResults, type WorkshopView } from '@kume/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useProject } from '../../../api/useProject';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Loading } from '../../../components/Loading';
import { useLiveWorkshop } from '../live/useLiveWorkshop';
import { RoundMatrices } from '../results/RoundMatrices';
import { RoundResults } from '../results/RoundResults';
import { Countdown } from './Countdown';
import { itemGroups } from './itemGroups';
import { JoinPanel } from './JoinPanel';
import { useFacilitatorSeat } from './useFacilitatorSeat';
import { useWorkshop, workshopKey } from './workshopQueries';

/** What the room sees of one state: nothing a participant could not see but the vote count. */
function ProjectorView({
  view,
  code,
  currentResults,
}: {
  view: WorkshopView;
  code: string;
  currentResults: WorkshopResults | null;
}) {
  const { t, i18n } = useTranslation('workshops');
  const { round } = view;
  const definition = view.definition.rounds.find((each) => each.id === view.currentRoundId);
  if (!definition) return null;
  const title = localText(definition.title, i18n.language);
  // The facilitator's seat sees hidden totals; the room only once they are revealed.
  const shown = round.revealed || !(definition.voting?.totalsHidden ?? true);
  const voting = definition.voting !== undefined && round.phase === 'vote';
  const expected = round.ballotsCast + round.notVoted.length;
  const groups = itemGroups(round.items);
  return (
    <Stack gap="xl">
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Stack gap="xs" style={{ flex: 1, minWidth: '40%' }}>
          <Text fz={28} c="dimmed">
            {title} · {t(`console.phase.${round.phase}`)}
          </Text>
          <Title order={1} fz="clamp(1.75rem, 2.8vw, 3rem)" lh={1.2} data-testid="projector-prompt">
            {localText(definition.prompt, i18n.language)}
          </Title>
        </Stack>
        <Stack align="flex-end" gap="xs">
          <JoinPanel code={code} large />
          <Countdown timer={round.timer} size={72} />
        </Stack>
      </Group>
      {voting && (
        <Stack gap={6} data-testid="projector-progress">
          <Text fz={32} fw={600}>
            {t('projector.voted', { count: round.ballotsCast, total: expected })}
          </Text>
          <Progress value={expected > 0 ? (100 * round.ballotsCast) / expected : 0} size="xl" />
        </Stack>
      )}
      {shown && round.results && (round.phase === 'vote' || round.phase === 'decide') ? (
        <>
          <RoundResults result={round.results} title={title} large />
          {currentResults && (
            <RoundMatrices result={definition.result} results={currentResults} large />
          )}
        </>
      ) : (
        groups.length > 0 && (
          <SimpleGrid cols={{ base: 2, md: 3, xl: 4 }} spacing="lg" data-testid="projector-wall">
            {groups.map(({ item, members }) => (
              <Paper key={item.id} withBorder shadow="sm" p="lg" bg="yellow.0">
                <Text fz={26} fw={600} style={{ overflowWrap: 'anywhere' }}>
                  {item.text}
                </Text>
                {members.map((member) => (
                  <Text key={member.id} fz={20} c="dimmed" mt={6}>
                    + {member.text}
                  </Text>
                ))}
              </Paper>
            ))}
          </SimpleGrid>
        )
      )}
      {round.decision?.text && round.phase === 'decide' && (
        <Paper withBorder p="xl" data-testid="projector-decision">
          <Text fz={36} fw={700} ta="center">
            {round.decision.text}
          </Text>
        </Paper>
      )}
    </Stack>
  );
}

function LiveProjector({
  slug,
  id,
  code,
  token,
  fallback,
  currentResults,
  onRefused,
}: {
  slug: string;
  id: string;
  code: string;
  token: string;
  fallback: WorkshopView;
  currentResults: WorkshopResults | null;
  onRefused: (stale: string) => void;
}) {
  const client = useQueryClient();
  const live = useLiveWorkshop({ code, token });
  useEffect(() => {
    if (live.status === 'closed' && live.error?.code === 'hello_refused') onRefused(token);
  }, [live.status, live.error, token, onRefused]);
  // The matrices come from the REST detail: read again when changes pause.
  useEffect(() => {
    if (live.version < 0) return;
    const timer = setTimeout(
      () => void client.invalidateQueries({ queryKey: workshopKey(slug, id) }),
      800,
    );
    return () => clearTimeout(timer);
  }, [live.version, client, slug, id]);
  return <ProjectorView view={live.view ?? fallback} code={code} currentResults={currentResults} />;
}

export default function ProjectorPage() {
  const { t } = useTranslation('workshops');
  const project = useProject();
  const { slug } = project;
  const { id = '' } = useParams();
  const detail = useWorkshop(slug, id);
  const live = detail.data?.status === 'live';
  const seat = useFacilitatorSeat(slug, id, live && project.can('workshops'));
  const frame = useRef<HTMLDivElement>(null);

  const fullscreen = () => {
    if (document.fullscreenElement) void document.exitFullscreen();
    else void frame.current?.requestFullscreen();
  };

  if (detail.isPending) return <Loading />;
  if (!detail.data) return <ErrorAlert error={detail.error} />;
  const workshop = detail.data;
  return (
    <div
      ref={frame}
      style={{
        background: 'var(--mantine-color-body)',
        minHeight: '80vh',
        padding: 24,
        overflow: 'auto',
      }}
      data-testid="projector"
    >
      <Group justify="flex-end" mb="sm">
        <Button variant="subtle" size="xs" onClick={fullscreen} data-testid="projector-fullscreen">
          {t('projector.fullscreen')}
        </Button>
      </Group>
      <ErrorAlert error={seat.error} />
      {live && seat.token ? (
        <LiveProjector
          key={seat.token}
          slug={slug}
          id={id}
          code={workshop.code}
          token={seat.token}
          fallback={workshop.view}
          currentResults={workshop.currentResults}
          onRefused={seat.renew}
        />
      ) : live ? (
        <Loading />
      ) : (
        <Center mih="60vh">
          <Stack align="center">
            <JoinPanel code={workshop.code} large />
            <Text fz={28} c="dimmed">
              {workshop.status === 'draft' ? t('projector.notStarted') : t('projector.closed')}
            </Text>
          </Stack>
        </Center>
      )}
    </div>
  );
}
