// `/q/:code`: a questionnaire's public link. Starts a draft of its own (a token kept in this
// browser per code, so a reload resumes it), then shows the same form as a personal link.

import { useMutation } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useParams } from 'react-router';
import { api } from '../../../api/client';
import { Loading } from '../../../components/Loading';
import { RespondentForm } from './RespondentForm';
import { ProblemMessage } from './RespondentMessage';
import {
  dropDraftBackup,
  dropPublicToken,
  keepPublicToken,
  readPublicToken,
} from './respondentStorage';

export default function PublicRespondPage() {
  const { code = '' } = useParams();
  const [token, setToken] = useState<string | null>(() => readPublicToken(localStorage, code));
  // A kept token the server no longer knows is replaced once; a freshly started one never is.
  const [kept, setKept] = useState(token !== null);
  const start = useMutation({
    mutationFn: () =>
      api.post<{ token: string }>(`/api/respond/public/${encodeURIComponent(code)}/start`),
    onSuccess: ({ token: started }) => {
      keepPublicToken(localStorage, code, started);
      setKept(false);
      setToken(started);
    },
  });
  const { mutate, isIdle, reset } = start;
  // One start per missing token, also when effects run twice (React's strict mode).
  const starting = useRef(false);
  useEffect(() => {
    if (token !== null || !isIdle || starting.current) return;
    starting.current = true;
    mutate(undefined, { onSettled: () => (starting.current = false) });
  }, [token, isIdle, mutate]);

  const startAgain = useCallback(() => {
    if (token) dropDraftBackup(localStorage, token);
    dropPublicToken(localStorage, code);
    setToken(null);
    reset();
  }, [code, token, reset]);

  if (token)
    return (
      <RespondentForm
        key={token}
        token={token}
        onAnswerAgain={startAgain}
        onUnknownToken={kept ? startAgain : undefined}
      />
    );
  if (start.error) return <ProblemMessage error={start.error} onRetry={() => start.mutate()} />;
  return <Loading />;
}
