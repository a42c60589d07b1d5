// The vote phase on a phone: the form of the round's voting method, then "your vote is counted"
// with the option to change it until the round closes.

import type { Ballot, RoundDefinition, RoundView } from '@kume/core';
import { Alert, Button, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CountsBallotForm } from './CountsBallotForm';
import type { Act } from './LiveParticipant';
import { PairwiseBallotForm } from './PairwiseBallotForm';
import { RankingBallotForm } from './RankingBallotForm';

/** What every ballot form receives: the votable items, the previous ballot, and how to submit. */
export interface BallotFormProps {
  items: RoundView['items'];
  previous: Ballot | null;
  busy: boolean;
  onSubmit: (ballot: Ballot) => void;
}

export function VotePanel({
  round,
  definition,
  act,
}: {
  round: RoundView;
  definition: RoundDefinition;
  act: Act;
}) {
  const { t } = useTranslation('workshops');
  const [editing, setEditing] = useState(round.myBallot === null);
  const [busy, setBusy] = useState(false);
  const voting = definition.voting;
  if (!voting) return null;
  // Items grouped under another are voted on through the item they were grouped under.
  const items = round.items.filter((item) => item.groupId === null);

  if (round.myBallot && !editing)
    return (
      <Alert color="green" title={t('participant.counted')} data-testid="ballot-counted">
        <Stack gap="sm">
          <Text>{t('participant.countedHint')}</Text>
          <Button
            variant="light"
            size="md"
            onClick={() => setEditing(true)}
            data-testid="ballot-change"
          >
            {t('participant.changeVote')}
          </Button>
        </Stack>
      </Alert>
    );

  const submit = async (ballot: Ballot) => {
    setBusy(true);
    const ok = await act({ type: 'vote', roundId: round.roundId, ballot });
    setBusy(false);
    if (ok) setEditing(false);
  };
  const props: BallotFormProps = {
    items,
    previous: round.myBallot,
    busy,
    onSubmit: (ballot) => void submit(ballot),
  };
  switch (voting.method) {
    case 'ranking':
      return <RankingBallotForm {...props} />;
    case 'pairwise':
      return <PairwiseBallotForm {...props} />;
    default:
      return (
        <CountsBallotForm
          {...props}
          method={voting.method}
          voting={voting}
          delphi={round.delphi?.previous ?? null}
        />
      );
  }
}
