// The console's body for one state of the workshop: rounds, phase controls, a Delphi round's
// iterations, items, who has not voted, the facilitator's ballot, results, the decision, the join
// code and the participants.
// Read-only without a connection.

import { Grid, Paper, Stack, Text, Title } from '@mantine/core';
import { localText, type WorkshopResults, type WorkshopView } from '@kume/core';
import type { WorkshopAttendanceView } from '@kume/server';
import { useTranslation } from 'react-i18next';
import { RoundMatrices } from '../results/RoundMatrices';
import { RoundResults } from '../results/RoundResults';
import { DecidePanel } from './DecidePanel';
import { DelphiPanel } from './DelphiPanel';
import { FacilitatorBallot } from './FacilitatorBallot';
import { JoinPanel } from './JoinPanel';
import { NotVotedPanel } from './NotVotedPanel';
import { ParticipantsPanel } from './ParticipantsPanel';
import { PhaseControls } from './PhaseControls';
import { RoundItems } from './RoundItems';
import { RoundStepper } from './RoundStepper';
import type { ConsoleSend } from './useConsoleCommand';

export function ConsoleBody({
  view,
  code,
  currentResults,
  command,
  attendance = null,
}: {
  view: WorkshopView;
  code: string;
  /** The workshop's results so far (REST), for the matrices of the rating rounds. */
  currentResults: WorkshopResults | null;
  command: ConsoleSend;
  /** Who of the working group is present (the live console only). */
  attendance?: WorkshopAttendanceView | null;
}) {
  const { t, i18n } = useTranslation('workshops');
  const { round } = view;
  const definition = view.definition.rounds.find((each) => each.id === view.currentRoundId);
  if (!definition) return null;
  const title = localText(definition.title, i18n.language);
  const voting = definition.voting !== undefined;
  const showResults =
    round.results !== null && (round.phase === 'vote' || round.phase === 'decide');
  const people = view.participants.filter((participant) => !participant.isFacilitator).length;
  return (
    <Stack gap="md">
      <RoundStepper view={view} command={command} />
      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack gap="md">
            <Paper withBorder p="md">
              <Title order={3}>{title}</Title>
              <Text c="dimmed" data-testid="round-prompt">
                {localText(definition.prompt, i18n.language)}
              </Text>
              {voting && (
                <Text size="xs" c="dimmed" mt={4}>
                  {t(`results.method.${definition.voting?.method ?? 'none'}`)}
                  {definition.voting?.anonymous ? ` · ${t('console.anonymousRound')}` : ''}
                </Text>
              )}
            </Paper>
            <PhaseControls
              key={definition.id}
              definition={definition}
              round={round}
              command={command}
            />
            {round.delphi && <DelphiPanel round={round} command={command} />}
            {(round.phase !== 'vote' || round.items.length > 0) && (
              <RoundItems
                key={`items-${definition.id}`}
                definition={definition}
                round={round}
                command={command}
              />
            )}
            <FacilitatorBallot definition={definition} round={round} command={command} />
            {showResults && round.results && <RoundResults result={round.results} title={title} />}
            {currentResults && (round.phase === 'vote' || round.phase === 'decide') && (
              <RoundMatrices result={definition.result} results={currentResults} />
            )}
            {round.phase === 'decide' && (
              <DecidePanel
                key={`${definition.id}-${round.decision?.decidedAt ?? 'none'}-${round.results?.ballots ?? 0}`}
                definition={definition}
                round={round}
                participants={people}
                command={command}
              />
            )}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Stack gap="md">
            <Paper withBorder p="md">
              <JoinPanel code={code} />
            </Paper>
            {voting && round.phase === 'vote' && (
              <NotVotedPanel definition={definition} round={round} />
            )}
            <ParticipantsPanel view={view} attendance={attendance} />
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
