// The Information Day presentation of an event (/p/:slug/information-day/:id/deck): the
// facilitator chooses and orders the sections, the benchmark case, the workshop calendar, the
// next steps and the logo, saves them, and downloads the deck as PPTX or PDF in either language.

import { Alert, Anchor, Grid, Stack } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { deckSettingsSchema } from '@kume/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api, projectPath } from '../../../api/client';
import { useProject } from '../../../api/useProject';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Loading } from '../../../components/Loading';
import { PageHeader } from '../../../components/PageHeader';
import { serverFieldErrors } from '../../../forms/serverFieldErrors';
import { validateForm, type FieldErrors } from '../../../forms/validateForm';
import { useFormat } from '../../../i18n/format';
import { UnsavedChangesGuard } from '../../fieldStudy/questionnaires/UnsavedChangesGuard';
import { BenchmarkCasePicker } from './BenchmarkCasePicker';
import {
  draftFromSettings,
  dropEmptyRows,
  isDraftDirty,
  settingsFromDraft,
  type DeckDraft,
} from './deckDraft';
import { DeckDownloads } from './DeckDownloads';
import { deckKeys, useDeckSettings, useSaveDeckSettings } from './deckQueries';
import { DeckSaveBar } from './DeckSaveBar';
import { LogoPanel } from './LogoPanel';
import { NextStepsEditor } from './NextStepsEditor';
import { SectionList } from './SectionList';
import { WorkshopCalendarEditor } from './WorkshopCalendarEditor';

/** The fields of the settings the server's validation issues may name. */
const SETTINGS_FIELDS = ['sections', 'benchmarkCaseId', 'workshopCalendar', 'nextSteps'];

export default function DeckPage() {
  const { t } = useTranslation('deck');
  const { t: tCommon } = useTranslation();
  const format = useFormat();
  const project = useProject();
  const { slug } = project;
  const eventId = useParams().id ?? '';
  const canWrite = project.can('events');
  const client = useQueryClient();
  const answer = useDeckSettings(slug, eventId);
  const event = useQuery({
    queryKey: ['deck', slug, 'event', eventId],
    queryFn: () =>
      api.get<{ id: string; title: string; date: string }>(
        projectPath(slug, `/events/${encodeURIComponent(eventId)}`),
      ),
  });
  /** The edited settings; null while nothing is edited (the saved settings are shown). */
  const [draft, setDraft] = useState<DeckDraft | null>(null);
  /** A save was tried: the schema's problems are shown from then on, following every edit. */
  const [checked, setChecked] = useState(false);
  const save = useSaveDeckSettings(slug, eventId, {
    success: t('save.done'),
    onSuccess: (result) => {
      client.setQueryData(deckKeys.settings(slug, eventId), result);
      setDraft(null);
      setChecked(false);
    },
  });

  const saved = answer.data?.settings;
  const cases = answer.data?.cases;
  const savedDraft = useMemo(() => {
    if (!saved) return null;
    const shownDraft = draftFromSettings(saved);
    // A case deleted from the library since the settings were saved: the deck goes without one.
    const known = cases?.some((item) => item.id === saved.benchmarkCaseId) ?? false;
    return known ? shownDraft : { ...shownDraft, benchmarkCaseId: null };
  }, [saved, cases]);
  const shown = draft ?? savedDraft;
  const dirty = draft !== null && saved !== undefined && isDraftDirty(draft, saved);
  const errors: FieldErrors = useMemo(() => {
    const server = serverFieldErrors(save.error, SETTINGS_FIELDS, tCommon);
    if (!checked || !shown) return server;
    const own = validateForm(deckSettingsSchema, settingsFromDraft(shown), tCommon).errors;
    return { ...server, ...own };
  }, [checked, shown, save.error, tCommon]);

  const header = (
    <PageHeader
      title={t('title')}
      description={
        event.data
          ? t('eventLine', { title: event.data.title, date: format.date(event.data.date) })
          : t('description')
      }
    />
  );
  if (answer.isPending)
    return (
      <>
        {header}
        <Loading />
      </>
    );
  if (!answer.data || !shown)
    return (
      <>
        {header}
        <ErrorAlert error={answer.error} />
      </>
    );

  const { logo, availability } = answer.data;
  const edit = (change: (current: DeckDraft) => DeckDraft) => {
    if (save.isError) save.reset();
    setDraft((current) => change(current ?? shown));
  };
  const onSave = () => {
    const cleaned = dropEmptyRows(shown);
    setDraft(cleaned);
    setChecked(true);
    const body = settingsFromDraft(cleaned);
    if (validateForm(deckSettingsSchema, body, tCommon).ok) save.mutate(body);
  };
  const serverNamesField = Object.keys(serverFieldErrors(save.error, SETTINGS_FIELDS, tCommon));

  return (
    <Stack gap="md">
      <Anchor
        component={Link}
        to={`/p/${slug}/information-day/${encodeURIComponent(eventId)}`}
        size="sm"
      >
        {event.data ? t('backToEvent', { title: event.data.title }) : t('backToEvents')}
      </Anchor>
      {header}
      <UnsavedChangesGuard dirty={dirty} text={t('save.guard')} />
      {canWrite ? (
        <DeckSaveBar
          dirty={dirty}
          saving={save.isPending}
          problems={errors}
          error={serverNamesField.length > 0 ? null : save.error}
          onSave={onSave}
          onDiscard={() => {
            setDraft(null);
            setChecked(false);
            save.reset();
          }}
        />
      ) : (
        <Alert color="gray" data-testid="deck-read-only">
          {t('readOnly')}
        </Alert>
      )}
      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <SectionList
            slug={slug}
            eventId={eventId}
            rows={shown.sections}
            availability={availability}
            hasCase={shown.benchmarkCaseId !== null}
            editable={canWrite}
            error={errors.sections}
            onChange={(sections) => edit((d) => ({ ...d, sections }))}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack gap="md">
            <DeckDownloads slug={slug} eventId={eventId} dirty={dirty} />
            <BenchmarkCasePicker
              slug={slug}
              cases={answer.data.cases}
              value={shown.benchmarkCaseId}
              editable={canWrite}
              error={errors.benchmarkCaseId}
              onChange={(benchmarkCaseId) => edit((d) => ({ ...d, benchmarkCaseId }))}
            />
            <LogoPanel slug={slug} logo={logo} version={answer.dataUpdatedAt} editable={canWrite} />
          </Stack>
        </Grid.Col>
      </Grid>
      <WorkshopCalendarEditor
        rows={shown.workshopCalendar}
        editable={canWrite}
        errors={errors}
        onChange={(workshopCalendar) => edit((d) => ({ ...d, workshopCalendar }))}
      />
      <NextStepsEditor
        rows={shown.nextSteps}
        editable={canWrite}
        errors={errors}
        onChange={(nextSteps) => edit((d) => ({ ...d, nextSteps }))}
      />
    </Stack>
  );
}
