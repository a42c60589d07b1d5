// One organisation of the registry: its fields, contacts, commitment (latest and history) and
// visits, with edit, delete and "Assess commitment" for those who may write.

import {
  Anchor,
  Badge,
  Breadcrumbs,
  Button,
  Group,
  Paper,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { api, projectPath } from '../../api/client';
import { useProject } from '../../api/useProject';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { useFormat } from '../../i18n/format';
import { CommitmentSection } from './CommitmentSection';
import { ConfirmButton } from './ConfirmButton';
import { ContactsSection } from './ContactsSection';
import { OrganisationDetails } from './OrganisationDetails';
import { OrganisationFormModal } from './OrganisationFormModal';
import { stakeholderKeys, useOrganisation } from './stakeholderQueries';
import { useStakeholderMutation } from './useStakeholderMutation';

export default function OrganisationPage() {
  const { t } = useTranslation('stakeholders');
  const format = useFormat();
  const navigate = useNavigate();
  const project = useProject();
  const { slug } = project;
  const { id = '' } = useParams();
  const organisation = useOrganisation(slug, id);
  const [editing, editModal] = useDisclosure(false);
  const remove = useStakeholderMutation(
    slug,
    () => api.delete(projectPath(slug, `/organisations/${id}`)),
    {
      success: t('organisation.deleted', { name: organisation.data?.name ?? '' }),
      notifyErrors: true,
      forget: stakeholderKeys.organisation(slug, id),
      onSuccess: () => void navigate(`/p/${slug}/organisations`),
    },
  );

  if (organisation.isPending) return <Loading />;
  if (organisation.error) return <ErrorAlert error={organisation.error} />;
  const o = organisation.data;
  const canWrite = project.can('registry');

  return (
    <Stack gap="md">
      <Breadcrumbs>
        <Anchor component={Link} to={`/p/${slug}/organisations`} size="sm">
          {t('organisations.title')}
        </Anchor>
        <Text size="sm" truncate maw={260}>
          {o.name}
        </Text>
      </Breadcrumbs>
      <PageHeader
        title={o.name}
        description={
          <Group gap={6} component="span">
            <Badge variant="light">{t(`common:organisationType.${o.type}`)}</Badge>
            {[o.district, o.city].filter(Boolean).join(', ')}
          </Group>
        }
        actions={
          canWrite && (
            <>
              <Button
                component={Link}
                to={`/p/${slug}/visits/new?organisationId=${o.id}`}
                variant="light"
              >
                {t('visits.logVisit')}
              </Button>
              <Button variant="default" onClick={editModal.open} data-testid="edit-organisation">
                {t('common:action.edit')}
              </Button>
              <ConfirmButton
                title={t('organisation.deleteTitle')}
                message={t('organisation.deleteText', { name: o.name })}
                loading={remove.isPending}
                onConfirm={() => remove.mutateAsync(undefined)}
                testId="delete-organisation"
              >
                {t('common:action.delete')}
              </ConfirmButton>
            </>
          )
        }
      />
      <OrganisationDetails organisation={o} />
      <CommitmentSection slug={slug} organisation={o} canWrite={canWrite} />
      <ContactsSection
        slug={slug}
        organisationId={o.id}
        contacts={o.contacts}
        canWrite={canWrite}
      />
      <Paper withBorder p="md" radius="md">
        <Title order={4} mb="sm">
          {t('organisation.visits')}
        </Title>
        {o.visits.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('organisation.noVisits')}
          </Text>
        ) : (
          <Table verticalSpacing="xs">
            <Table.Tbody>
              {o.visits.map((visit) => (
                <Table.Tr key={visit.id}>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    <Anchor component={Link} to={`/p/${slug}/visits/${visit.id}`}>
                      {format.date(visit.visitedOn)}
                    </Anchor>
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    {t(`common:visitLevel.${visit.level}`)}
                  </Table.Td>
                  <Table.Td>{visit.purpose}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Paper>
      {canWrite && (
        <OrganisationFormModal
          slug={slug}
          organisation={o}
          opened={editing}
          onClose={editModal.close}
        />
      )}
    </Stack>
  );
}
