// One interview or focus group (/p/:slug/field-study/interviews/:id; `new` for a new one,
// `?kind=focus_group` to start a focus group): the form, and deleting it.

import { Alert, Anchor, Breadcrumbs, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { api, ApiError, projectPath } from '../../../api/client';
import { useSession } from '../../../api/session';
import { useProject } from '../../../api/useProject';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Loading } from '../../../components/Loading';
import { PageHeader } from '../../../components/PageHeader';
import { todayIso } from '../../../i18n/format';
import NotFoundPage from '../../NotFoundPage';
import { ConfirmButton } from '../../stakeholders/ConfirmButton';
import { draftOf, emptyDraft } from './interviewDraft';
import { InterviewForm } from './InterviewForm';
import { useInterview } from './interviewQueries';
import { useFieldStudyMutation } from './useFieldStudyMutation';

export default function InterviewPage() {
  const { t } = useTranslation('fieldwork');
  const navigate = useNavigate();
  const session = useSession();
  const project = useProject();
  const { slug } = project;
  const { id } = useParams();
  const [params] = useSearchParams();
  const isNew = id === 'new';
  const interview = useInterview(slug, isNew ? undefined : id);
  const canWrite = project.can('field_study');
  const list = `/p/${encodeURIComponent(slug)}/field-study/interviews`;
  const remove = useFieldStudyMutation(
    slug,
    () => api.delete(projectPath(slug, `/interviews/${id}`)),
    { success: t('interviews.deleted'), onSuccess: () => void navigate(list, { replace: true }) },
  );

  if (project.isPending || (!isNew && interview.isPending) || (isNew && session.isPending))
    return <Loading />;
  if (interview.error instanceof ApiError && interview.error.status === 404)
    return <NotFoundPage />;
  if (!isNew && !interview.data) return <ErrorAlert error={interview.error} />;

  const kind = isNew
    ? params.get('kind') === 'focus_group'
      ? 'focus_group'
      : 'interview'
    : (interview.data?.kind ?? 'interview');
  const title = isNew
    ? t(kind === 'focus_group' ? 'interviews.newFocusGroup' : 'interviews.newInterview')
    : interview.data?.title || t(`interviews.kind.${kind}`);
  const initial = interview.data
    ? draftOf(interview.data)
    : emptyDraft(kind, todayIso(), session.data?.user.id ?? null);

  return (
    <Stack gap="md" maw={1000}>
      <Breadcrumbs>
        <Anchor component={Link} to={list} size="sm">
          {t('interviews.title')}
        </Anchor>
        <Text size="sm">{title}</Text>
      </Breadcrumbs>
      <Group justify="space-between" align="flex-start">
        <PageHeader title={title} />
        {!isNew && canWrite && (
          <ConfirmButton
            title={t('interviews.deleteTitle')}
            message={t('interviews.deleteMessage')}
            onConfirm={() => remove.mutateAsync(undefined)}
            loading={remove.isPending}
            testId="delete-interview"
          >
            {t('interviews.delete')}
          </ConfirmButton>
        )}
      </Group>
      {isNew && !canWrite ? (
        <Alert color="yellow">{t('interviews.notAllowed')}</Alert>
      ) : (
        <InterviewForm
          // A new record's form starts afresh when the kind in the address changes.
          key={isNew ? `new-${kind}` : id}
          slug={slug}
          interview={interview.data}
          initial={initial}
          readOnly={!canWrite}
          onSaved={(saved) => {
            if (isNew) void navigate(`${list}/${saved.id}`, { replace: true });
          }}
          onCancel={() => void navigate(list)}
        />
      )}
      <ErrorAlert error={remove.error} />
    </Stack>
  );
}
