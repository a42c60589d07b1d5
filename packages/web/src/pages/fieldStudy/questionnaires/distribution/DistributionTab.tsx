// The Distribution tab: the public link, and the personal links per organisation with their
// status (not started, draft, submitted), re-issue and revoke.

import { ActionIcon, Badge, Button, Card, Group, Stack, Table, Text, Tooltip } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../../api/client';
import { ErrorAlert } from '../../../../components/ErrorAlert';
import { Loading } from '../../../../components/Loading';
import { OrganisationPickerModal } from '../../../../components/organisationPicker/OrganisationPickerModal';
import { useFormat } from '../../../../i18n/format';
import { ConfirmButton } from '../../../stakeholders/ConfirmButton';
import type { QuestionnaireView, RespondentLinkView } from '../../types';
import {
  questionnairePath,
  useQuestionnaireMutation,
  useRespondentLinks,
} from '../questionnaireQueries';
import { CreatedRespondentLinksModal } from './CreatedRespondentLinksModal';
import { PublicLinkCard } from './PublicLinkCard';

const STATUS_COLOURS = { not_started: 'gray', draft: 'yellow', submitted: 'teal' } as const;

export function DistributionTab({
  slug,
  questionnaire,
  canWrite,
}: {
  slug: string;
  questionnaire: QuestionnaireView;
  canWrite: boolean;
}) {
  const { t } = useTranslation('questionnaires');
  const format = useFormat();
  const links = useRespondentLinks(slug, questionnaire.id);
  const [picking, setPicking] = useState(false);
  const [created, setCreated] = useState<RespondentLinkView[] | null>(null);
  const create = useQuestionnaireMutation(
    slug,
    (organisationIds: string[]) =>
      api.post<{ links: RespondentLinkView[] }>(
        questionnairePath(slug, questionnaire.id, '/links'),
        {
          organisationIds,
        },
      ),
    {
      onSuccess: (result) => {
        setPicking(false);
        setCreated(result.links);
      },
    },
  );
  const revoke = useQuestionnaireMutation(
    slug,
    (linkId: string) => api.delete(questionnairePath(slug, questionnaire.id, `/links/${linkId}`)),
    { success: t('links.revoked'), notifyErrors: true },
  );
  const invited = new Set(
    (links.data ?? []).flatMap((link) => (link.organisationId ? [link.organisationId] : [])),
  );
  const title = questionnaire.definition.title.tr || questionnaire.definition.title.en;

  return (
    <Stack gap="md">
      <PublicLinkCard slug={slug} questionnaire={questionnaire} canWrite={canWrite} />
      <Card withBorder padding="md" data-testid="personal-links">
        <Stack gap="sm">
          <Group justify="space-between">
            <Text fw={600}>{t('links.title')}</Text>
            {canWrite && (
              <Button onClick={() => setPicking(true)} data-testid="new-links">
                {t('links.new')}
              </Button>
            )}
          </Group>
          <Text size="sm" c="dimmed">
            {t('links.help')}
          </Text>
          {links.isPending ? (
            <Loading />
          ) : links.error ? (
            <ErrorAlert error={links.error} />
          ) : links.data.length === 0 ? (
            <Text size="sm" c="dimmed" ta="center" py="md">
              {t('links.none')}
            </Text>
          ) : (
            <Table.ScrollContainer minWidth={600}>
              <Table striped verticalSpacing={6} fz="sm" data-testid="links-table">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('links.organisation')}</Table.Th>
                    <Table.Th>{t('links.status')}</Table.Th>
                    <Table.Th>{t('links.createdAt')}</Table.Th>
                    {canWrite && <Table.Th />}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {links.data.map((link) => (
                    <Table.Tr key={link.id} data-testid="link-row">
                      <Table.Td>{link.organisationName ?? '–'}</Table.Td>
                      <Table.Td>
                        <Badge color={STATUS_COLOURS[link.status]} variant="light">
                          {t(`linkStatus.${link.status}`)}
                        </Badge>
                      </Table.Td>
                      <Table.Td>{format.date(link.createdAt)}</Table.Td>
                      {canWrite && (
                        <Table.Td>
                          <Group gap={4} justify="flex-end" wrap="nowrap">
                            {link.organisationId && link.status !== 'submitted' && (
                              <Tooltip label={t('links.reissueHelp')}>
                                <ActionIcon
                                  variant="subtle"
                                  aria-label={t('links.reissue', { name: link.organisationName })}
                                  loading={create.isPending}
                                  onClick={() =>
                                    link.organisationId && create.mutate([link.organisationId])
                                  }
                                >
                                  ↻
                                </ActionIcon>
                              </Tooltip>
                            )}
                            <ConfirmButton
                              size="compact-xs"
                              title={t('links.revokeTitle')}
                              message={t('links.revokeText', { name: link.organisationName ?? '' })}
                              confirmLabel={t('links.revoke')}
                              onConfirm={() => revoke.mutateAsync(link.id)}
                              loading={revoke.isPending}
                            >
                              {t('links.revoke')}
                            </ConfirmButton>
                          </Group>
                        </Table.Td>
                      )}
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </Stack>
      </Card>
      {picking && (
        <OrganisationPickerModal
          slug={slug}
          invited={invited}
          creating={create.isPending}
          error={create.error}
          onCreate={(ids) => create.mutate(ids)}
          onClose={() => setPicking(false)}
          texts={{
            title: t('links.pickTitle'),
            search: t('links.search'),
            type: t('links.type'),
            allTypes: t('links.allTypes'),
            organisation: t('links.organisation'),
            district: t('links.district'),
            chooseShown: t('links.chooseShown'),
            clear: t('links.clear'),
            chosen: (count) => t('links.chosen', { count }),
            create: (count) => t('links.create', { count }),
            alreadyBadge: t('links.hasLink'),
            alreadyWarning: t('links.reissueWarning'),
          }}
          detail={{
            stage: t('links.stage'),
            allStages: t('links.allStages'),
            allDistricts: t('links.allDistricts'),
            sme: t('links.sme'),
            allSmes: (count) => t('links.allSmes', { count }),
          }}
          testIdPrefix="picker"
          createTestId="create-links"
        />
      )}
      {created && (
        <CreatedRespondentLinksModal
          slug={slug}
          title={title}
          links={created}
          onClose={() => setCreated(null)}
        />
      )}
    </Stack>
  );
}
