// The facilitator's console (/p/:slug/workshops/:id): go live and close, the join code and QR,
// the rounds and phases, the items as they come in, who has not voted, the results, the decision,
// the participants, the projector and the exports. Live over the WebSocket once the workshop is live.

import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useProject } from '../../../api/useProject';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Loading } from '../../../components/Loading';
import { PageHeader } from '../../../components/PageHeader';
import { ConfirmModal } from '../../projects/ConfirmModal';
import { ConsoleBody } from './ConsoleBody';
import { ExportButtons } from './ExportButtons';
import { LiveConsole } from './LiveConsole';
import { useFacilitatorSeat } from './useFacilitatorSeat';
import { WorkshopStatusBadge } from './WorkshopStatusBadge';
import { useWorkshop, useWorkshopStatus } from './workshopQueries';

export default function WorkshopConsolePage() {
  const { t } = useTranslation('workshops');
  const project = useProject();
  const { slug } = project;
  const { id = '' } = useParams();
  const canRun = project.can('workshops');
  const detail = useWorkshop(slug, id);
  const status = detail.data?.status;
  const seat = useFacilitatorSeat(slug, id, status === 'live' && canRun);
  const start = useWorkshopStatus(slug, id, { success: t('console.started') });
  const close = useWorkshopStatus(slug, id, { success: t('console.closedDone') });
  const [closing, setClosing] = useState(false);

  if (detail.isPending) return <Loading />;
  if (!detail.data) return <ErrorAlert error={detail.error} />;
  const workshop = detail.data;

  const actions = (
    <Group gap="xs">
      <WorkshopStatusBadge status={workshop.status} size="lg" />
      {canRun && workshop.status === 'draft' && (
        <Button
          onClick={() => start.mutate('live')}
          loading={start.isPending}
          data-testid="workshop-start"
        >
          {t('console.start')}
        </Button>
      )}
      {canRun && workshop.status === 'live' && (
        <Button
          color="red"
          variant="light"
          onClick={() => setClosing(true)}
          data-testid="workshop-close"
        >
          {t('console.close')}
        </Button>
      )}
      {workshop.status !== 'closed' && (
        <Button
          variant="default"
          component={Link}
          to={`/p/${slug}/workshops/${id}/projector`}
          data-testid="workshop-projector"
        >
          {t('console.projector')}
        </Button>
      )}
      <ExportButtons slug={slug} id={id} />
    </Group>
  );

  return (
    <Stack gap="md">
      <PageHeader
        title={workshop.title}
        description={t(`list.templates.${workshop.template}.name`)}
        actions={actions}
      />
      {workshop.status === 'draft' && (
        <Alert color="blue" data-testid="workshop-draft-hint">
          {t('console.draftHint')}
        </Alert>
      )}
      {workshop.status === 'closed' && (
        <Alert color="teal">
          {t('console.closedHint')}{' '}
          <Link to={`/p/${slug}/workshops`}>{t('console.seeResults')}</Link>
        </Alert>
      )}
      <ErrorAlert error={seat.error} />
      {workshop.status === 'live' && canRun && seat.token ? (
        <LiveConsole
          key={seat.token}
          slug={slug}
          detail={workshop}
          token={seat.token}
          onRefused={seat.renew}
        />
      ) : (
        <>
          {workshop.status === 'live' && canRun && !seat.error && (
            <Text size="sm" c="dimmed">
              {t('console.takingSeat')}
            </Text>
          )}
          <ConsoleBody
            view={workshop.view}
            code={workshop.code}
            currentResults={workshop.currentResults}
            command={null}
          />
        </>
      )}
      <ConfirmModal
        opened={closing}
        title={t('console.closeTitle')}
        confirmLabel={t('console.close')}
        onConfirm={() => close.mutate('closed', { onSuccess: () => setClosing(false) })}
        onClose={() => setClosing(false)}
        sending={close.isPending}
        error={close.error}
      >
        <Text size="sm">{t('console.closeText')}</Text>
      </ConfirmModal>
    </Stack>
  );
}
