// Imports a map (a GeoJSON file of the project's regions): the file is read here first, so the
// analyst picks the properties holding the region code and name from those the features carry
// and sees the problems the server would refuse, then it is sent with a progress bar.

import {
  Button,
  FileButton,
  Group,
  List,
  Paper,
  Progress,
  Select,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { readGeoJsonRegions } from '@kume/core';
import type { GeographyView } from '@kume/server';
import { projectKey } from '../../../api/useProject';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { statisticsKeys, statisticsPath } from '../statisticsQueries';
import { useStatsFormat } from '../useStatsFormat';
import { inspectGeoJson, type GeoJsonInspection } from './inspectGeoJson';
import { uploadWithProgress, type UploadProgress } from './uploadWithProgress';

/** The server's limit for a map file. */
export const MAX_GEOGRAPHY_BYTES = 20 * 1024 * 1024;
/** The value of the name select for "no name property". */
const NO_NAME = '';
/** Problems listed before "and N more". */
const SHOWN_ISSUES = 8;

export function GeographyUploadForm({
  slug,
  onImported,
}: {
  slug: string;
  onImported?: (geography: GeographyView) => void;
}) {
  const { t } = useTranslation('statistics');
  const format = useStatsFormat();
  const client = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [inspection, setInspection] = useState<GeoJsonInspection | null>(null);
  const [name, setName] = useState('');
  const [idProperty, setIdProperty] = useState<string | null>(null);
  const [nameProperty, setNameProperty] = useState<string>(NO_NAME);
  const [progress, setProgress] = useState<UploadProgress | null>(null);
  const [error, setError] = useState<unknown>(null);

  const problem = !file
    ? null
    : !/\.(geo)?json$/i.test(file.name)
      ? 'type'
      : file.size > MAX_GEOGRAPHY_BYTES
        ? 'size'
        : null;

  const choose = async (chosen: File | null) => {
    setFile(chosen);
    setError(null);
    setInspection(null);
    if (!chosen || chosen.size > MAX_GEOGRAPHY_BYTES) return;
    const read = inspectGeoJson(await chosen.text());
    setInspection(read);
    setName(chosen.name.replace(/\.(geo)?json$/i, ''));
    setIdProperty(read.ok ? (read.idProperty ?? null) : null);
    setNameProperty(read.ok ? (read.nameProperty ?? NO_NAME) : NO_NAME);
  };

  // What the server would say of the file with these properties (the same core check).
  // Without a code property it asks for one (or says the file is no FeatureCollection).
  const check = useMemo(
    () =>
      inspection?.ok
        ? readGeoJsonRegions(inspection.json, {
            idProperty: idProperty ?? undefined,
            nameProperty: nameProperty || null,
            maxIssues: SHOWN_ISSUES,
          })
        : null,
    [inspection, idProperty, nameProperty],
  );

  const submit = async () => {
    const chosenId = check?.regions?.idProperty;
    if (!file || problem || !chosenId) return;
    setError(null);
    setProgress({ phase: 'uploading', loaded: 0, total: file.size });
    try {
      const result = await uploadWithProgress<GeographyView>(
        statisticsPath(slug, '/geographies'),
        file,
        { name: name.trim() || file.name, idProperty: chosenId, nameProperty: nameProperty || null },
        setProgress,
      );
      notifications.show({ color: 'teal', message: t('import.done', { name: result.name }) });
      setFile(null);
      setInspection(null);
      onImported?.(result);
      await Promise.all([
        client.invalidateQueries({ queryKey: statisticsKeys.all(slug) }),
        client.invalidateQueries({ queryKey: projectKey(slug) }),
      ]);
    } catch (caught) {
      setError(caught);
    } finally {
      setProgress(null);
    }
  };

  const properties = inspection?.ok ? inspection.properties.filter((p) => p.count > 0) : [];
  const featureCount = inspection?.ok ? inspection.featureCount : 0;
  // Examples tell NUTS_ID (TR31, TR32) from LEVL_CODE (2, 2); a property that repeats or misses
  // features cannot be the code, and says so.
  const option = (p: (typeof properties)[number]) => ({
    value: p.name,
    label:
      `${p.name} — ${p.examples.join(', ')}` +
      (p.count < featureCount || !p.unique ? ` (${t('maps.notEveryFeature')})` : ''),
  });
  const issues = check && !check.regions ? check.issues : [];

  return (
    <Paper withBorder radius="md" p="md">
      <Stack gap="sm">
        <Group gap="sm" align="flex-end" wrap="wrap">
          <FileButton
            onChange={(chosen) => void choose(chosen)}
            accept=".geojson,.json,application/geo+json,application/json"
            inputProps={{ name: 'file', ...{ 'data-testid': 'geography-file' } }}
          >
            {(props) => (
              <Button variant="light" {...props} disabled={progress !== null}>
                {file ? t('import.otherFile') : t('import.chooseFile')}
              </Button>
            )}
          </FileButton>
          {file && (
            <Text size="sm" data-testid="geography-chosen">
              {t('import.chosen', {
                name: file.name,
                size: format.number(file.size / (1024 * 1024), { maximumFractionDigits: 1 }),
              })}
              {inspection?.ok && ` · ${t('maps.features', { count: inspection.featureCount })}`}
            </Text>
          )}
        </Group>
        {problem && (
          <Text size="sm" c="red" role="alert">
            {t(`maps.problem.${problem}`)}
          </Text>
        )}
        {inspection && !inspection.ok && (
          <Text size="sm" c="red" role="alert" data-testid="geography-not-json">
            {t('maps.notJson', { reason: inspection.reason })}
          </Text>
        )}
        {inspection?.ok && !problem && properties.length > 0 && (
          <Group gap="sm" align="flex-end" wrap="wrap">
            <TextInput
              label={t('maps.name')}
              value={name}
              onChange={(event) => setName(event.currentTarget.value)}
              maxLength={200}
              style={{ flex: '1 1 200px' }}
              data-testid="geography-name"
            />
            <Select
              label={t('maps.idProperty')}
              description={t('maps.idPropertyHint')}
              placeholder={t('choices.choose')}
              data={properties.map(option)}
              value={idProperty}
              onChange={setIdProperty}
              allowDeselect={false}
              comboboxProps={{ withinPortal: true }}
              style={{ flex: '1 1 220px' }}
              data-testid="geography-id-property"
            />
            <Select
              label={t('maps.nameProperty')}
              description={t('maps.namePropertyHint')}
              data={[{ value: NO_NAME, label: t('maps.noNameProperty') }, ...properties.map(option)]}
              value={nameProperty}
              onChange={(value) => setNameProperty(value ?? NO_NAME)}
              allowDeselect={false}
              comboboxProps={{ withinPortal: true }}
              style={{ flex: '1 1 220px' }}
              data-testid="geography-name-property"
            />
            <Button
              onClick={() => void submit()}
              disabled={!check?.regions}
              loading={progress !== null}
              data-testid="geography-submit"
            >
              {t('import.submit')}
            </Button>
          </Group>
        )}
        {issues.length > 0 && (
          <Stack gap={4} role="alert" data-testid="geography-issues">
            <Text size="sm" c="red" fw={600}>
              {t('maps.issues', { count: check?.issueCount ?? issues.length })}
            </Text>
            <List size="sm" c="red">
              {issues.map((issue, i) => (
                <List.Item key={i}>
                  {issue.path ? `${issue.path}: ` : ''}
                  {issue.message}
                </List.Item>
              ))}
            </List>
          </Stack>
        )}
        {progress && (
          <Progress
            value={progress.total > 0 ? (progress.loaded / progress.total) * 100 : 100}
            animated={progress.phase === 'processing'}
            aria-label={t('import.progress')}
            data-testid="geography-progress"
          />
        )}
        <ErrorAlert error={error} title={t('import.failed')} />
        <Text size="xs" c="dimmed">
          {t('maps.help')}
        </Text>
      </Stack>
    </Paper>
  );
}
