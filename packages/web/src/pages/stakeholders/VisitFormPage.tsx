// "Log a visit": the visit form on its own page; `?organisationId=` preselects an organisation.

import { Alert, Anchor, Breadcrumbs, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useSession } from '../../api/session';
import { useProject } from '../../api/useProject';
import { PageHeader } from '../../components/PageHeader';
import { VisitForm } from './VisitForm';
import { newVisitValues } from './visitFormValues';

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export default function VisitFormPage() {
  const { t } = useTranslation('stakeholders');
  const navigate = useNavigate();
  const session = useSession();
  const project = useProject();
  const { slug } = project;
  const [params] = useSearchParams();
  const organisationId = params.get('organisationId');
  const back = () =>
    void navigate(
      organisationId ? `/p/${slug}/organisations/${organisationId}` : `/p/${slug}/visits`,
    );
  return (
    <Stack gap="md" maw={960}>
      <Breadcrumbs>
        <Anchor component={Link} to={`/p/${slug}/visits`} size="sm">
          {t('visits.title')}
        </Anchor>
        <Text size="sm">{t('visits.logVisit')}</Text>
      </Breadcrumbs>
      <PageHeader title={t('visits.logVisit')} description={t('visitForm.description')} />
      {!project.isPending && !project.can('registry') ? (
        <Alert color="yellow">{t('visitForm.notAllowed')}</Alert>
      ) : (
        <VisitForm
          slug={slug}
          initial={newVisitValues(
            organisationId && uuidPattern.test(organisationId) ? organisationId : null,
            session.data?.user.id ?? null,
          )}
          onSaved={(visit) => void navigate(`/p/${slug}/visits/${visit.id}`, { replace: true })}
          onCancel={back}
        />
      )}
    </Stack>
  );
}
