// The pages a respondent sees instead of the form: thanks, already answered, closed, unknown
// link, offline, or another error (with the server's message).

import { Button, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api/client';
import { useFormat } from '../../../i18n/format';
import { respondentProblem } from './respondentState';

function MessageCard({
  icon,
  color,
  title,
  children,
  testId,
}: {
  icon: string;
  color: string;
  title: string;
  children: ReactNode;
  testId: string;
}) {
  return (
    <Paper withBorder radius="md" p="lg" data-testid={testId}>
      <Stack align="center" gap="sm" ta="center">
        <ThemeIcon size={48} radius="xl" variant="light" color={color} aria-hidden>
          {icon}
        </ThemeIcon>
        <Title order={2} size="h3">
          {title}
        </Title>
        {children}
      </Stack>
    </Paper>
  );
}

/** After a successful submission; a public link offers to answer again (a shared tablet). */
export function ThanksMessage({ onAnswerAgain }: { onAnswerAgain?: () => void }) {
  const { t } = useTranslation('respond');
  return (
    <MessageCard icon="✓" color="teal" title={t('thanks.title')} testId="respond-thanks">
      <Text>{t('thanks.text')}</Text>
      {onAnswerAgain && (
        <Button variant="light" size="md" onClick={onAnswerAgain}>
          {t('thanks.again')}
        </Button>
      )}
    </MessageCard>
  );
}

/** The answers were sent before (this visit or an earlier one). */
export function AlreadySubmittedMessage({
  submittedAt,
  onAnswerAgain,
}: {
  submittedAt: string | null;
  onAnswerAgain?: () => void;
}) {
  const { t } = useTranslation('respond');
  const format = useFormat();
  return (
    <MessageCard
      icon="✓"
      color="teal"
      title={t('problem.submittedTitle')}
      testId="respond-submitted"
    >
      <Text>
        {submittedAt
          ? t('problem.submittedText', { date: format.date(submittedAt) })
          : t('problem.submittedNoDate')}
      </Text>
      {onAnswerAgain && (
        <Button variant="light" size="md" onClick={onAnswerAgain}>
          {t('thanks.again')}
        </Button>
      )}
    </MessageCard>
  );
}

const isoDate = (value: unknown): string | null =>
  typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value) ? value : null;

/** The form cannot be used: why, in the respondent's language, and what they can do. */
export function ProblemMessage({
  error,
  onRetry,
  onAnswerAgain,
}: {
  error: unknown;
  onRetry?: () => void;
  onAnswerAgain?: () => void;
}) {
  const { t } = useTranslation('respond');
  const format = useFormat();
  const problem = respondentProblem(error);
  if (problem === 'invalid')
    return (
      <MessageCard icon="!" color="gray" title={t('problem.invalidTitle')} testId="respond-invalid">
        <Text>{t('problem.invalidText')}</Text>
      </MessageCard>
    );
  if (problem === 'submitted') {
    const details = error instanceof ApiError ? error.details : undefined;
    const at =
      typeof details === 'object' && details !== null && 'submittedAt' in details
        ? isoDate(details.submittedAt)
        : null;
    return <AlreadySubmittedMessage submittedAt={at} onAnswerAgain={onAnswerAgain} />;
  }
  if (problem === 'closed') {
    // The server names the dates in details (opensOn, closesOn); closed by hand, none applies.
    const details = error instanceof ApiError ? error.details : undefined;
    const record = typeof details === 'object' && details !== null ? details : {};
    const opensOn = 'opensOn' in record ? isoDate(record.opensOn) : null;
    const closesOn = 'closesOn' in record ? isoDate(record.closesOn) : null;
    const today = new Date().toISOString().slice(0, 10);
    return (
      <MessageCard icon="⏸" color="yellow" title={t('problem.closedTitle')} testId="respond-closed">
        <Text>{t('problem.closedText')}</Text>
        {opensOn && opensOn > today ? (
          <Text>{t('problem.closedNotYet', { date: format.date(opensOn) })}</Text>
        ) : closesOn && closesOn < today ? (
          <Text>{t('problem.closedEnded', { date: format.date(closesOn) })}</Text>
        ) : null}
      </MessageCard>
    );
  }
  const offline = problem === 'offline';
  return (
    <MessageCard
      icon={offline ? '⚡' : '!'}
      color={offline ? 'orange' : 'red'}
      title={offline ? t('problem.offlineTitle') : t('problem.errorTitle')}
      testId={offline ? 'respond-offline' : 'respond-error'}
    >
      <Text>
        {offline ? t('problem.offlineText') : error instanceof Error ? error.message : ''}
      </Text>
      {onRetry && (
        <Button size="md" onClick={onRetry}>
          {t('problem.retry')}
        </Button>
      )}
    </MessageCard>
  );
}
