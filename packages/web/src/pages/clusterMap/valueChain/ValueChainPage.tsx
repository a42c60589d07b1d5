// The project's value chain (/p/:slug/field-study/value-chain): its stages left to right with
// their NACE codes, supply links, the organisations the map places on them and their gaps, and
// its support functions and input-output suppliers; facilitators start it from a template, edit
// it and save it.

import {
  Alert,
  Button,
  Group,
  ScrollArea,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { collatorFor, localText, type ValueChain } from '@kume/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api/client';
import { useProject } from '../../../api/useProject';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Loading } from '../../../components/Loading';
import { PageHeader } from '../../../components/PageHeader';
import { UnsavedChangesGuard } from '../../fieldStudy/questionnaires/UnsavedChangesGuard';
import { addStage, sameChain } from './chainEdits';
import { issuesByKey, serverChainIssues, validateChain } from './chainIssues';
import { IoTablePanel } from './IoTablePanel';
import { ChainSaveBar } from './ChainSaveBar';
import { StageCard } from './StageCard';
import { stageOccupancy, type StageOccupancy } from './stageOccupancy';
import { SupportFunctionsPanel } from './SupportFunctionsPanel';
import { TemplatePicker } from './TemplatePicker';
import {
  clusterMapKeys,
  useClusterMap,
  useSaveValueChain,
  useValueChain,
} from './valueChainQueries';

export default function ValueChainPage() {
  const { t, i18n } = useTranslation('valueChain');
  const language = i18n.language;
  const project = useProject();
  const { slug } = project;
  const canWrite = project.can('field_study');
  const view = useValueChain(slug);
  const map = useClusterMap(slug);
  const client = useQueryClient();
  /** The edited chain; null while nothing is edited (the saved or the map's chain is shown). */
  const [draft, setDraft] = useState<ValueChain | null>(null);
  /** A save was tried: core's problems are shown from then on, updated as the chain is edited. */
  const [checked, setChecked] = useState(false);
  const save = useSaveValueChain(slug, {
    success: t('save.done'),
    onSuccess: (result) => {
      client.setQueryData(clusterMapKeys.valueChain(slug), result);
      setDraft(null);
      setChecked(false);
    },
  });

  const saved = view.data?.chain ?? null;
  const shown = draft ?? saved ?? map.data?.chain ?? null;
  const dirty = draft !== null && !sameChain(draft, saved);
  const compare = collatorFor(language).compare;
  const occupancy = useMemo(
    () => (map.data ? stageOccupancy(map.data, compare) : new Map<string, StageOccupancy>()),
    [map.data, compare],
  );
  const saveError = save.error;
  const issues = useMemo(() => {
    if (!shown) return [];
    if (checked) {
      const found = validateChain(shown, t, language);
      if (found.length > 0) return found;
    }
    return saveError instanceof ApiError && saveError.code === 'validation'
      ? serverChainIssues(saveError.issues, shown, t, language)
      : [];
  }, [shown, checked, saveError, t, language]);
  const errors = useMemo(() => issuesByKey(issues), [issues]);
  const errorAt = (key: string) => errors.get(key);

  const header = <PageHeader title={t('title')} description={t('description')} />;
  if (view.isPending || (map.isPending && !view.data?.chain))
    return (
      <>
        {header}
        <Loading />
      </>
    );
  if (!view.data || !shown) return <ErrorAlert error={view.error ?? map.error} />;

  const onEdit = (edit: (chain: ValueChain) => ValueChain) => {
    if (save.isError) save.reset();
    setDraft((current) => edit(current ?? shown));
  };
  const onSave = () => {
    setChecked(true);
    if (validateChain(shown, t, language).length > 0) return;
    save.mutate({ chain: shown });
  };
  const unplaced = map.data?.nodes.filter((node) => node.stageId === null).length ?? 0;
  const templateName = view.data.templates.find((tpl) => tpl.id === shown.templateId)?.name;

  return (
    <Stack gap="md">
      {header}
      <UnsavedChangesGuard dirty={dirty} />
      {saved === null && map.data ? (
        <Alert color="blue" data-testid="vc-source">
          {t(`source.${map.data.chainSource}`, { name: localText(map.data.chain.name, language) })}
        </Alert>
      ) : (
        <Text size="sm" c="dimmed" data-testid="vc-source">
          {templateName
            ? t('source.copiedFrom', { name: localText(templateName, language) })
            : t('source.own')}
        </Text>
      )}
      {canWrite && (
        <TemplatePicker
          templates={view.data.templates}
          current={shown.templateId}
          mustConfirm={saved !== null || dirty}
          applying={save.isPending}
          onApply={(templateId) => save.mutateAsync({ templateId })}
        />
      )}
      {canWrite && (
        <ChainSaveBar
          dirty={dirty}
          fromTemplate={saved === null}
          canSave={dirty || saved === null}
          saving={save.isPending}
          issues={issues}
          error={
            saveError instanceof ApiError && saveError.code === 'validation' ? null : saveError
          }
          onSave={onSave}
          onDiscard={() => {
            setDraft(null);
            setChecked(false);
            save.reset();
          }}
        />
      )}
      {map.error && <ErrorAlert error={map.error} />}
      {canWrite ? (
        <SimpleGrid cols={{ base: 1, sm: 2 }} maw={640} spacing="xs">
          {(['tr', 'en'] as const).map((lang) => (
            <TextInput
              key={lang}
              label={t(`field.chainName_${lang}`)}
              value={shown.name[lang]}
              onChange={(event) => {
                const value = event.currentTarget.value;
                onEdit((c) => ({ ...c, name: { ...c.name, [lang]: value } }));
              }}
              error={errorAt(`chain:name.${lang}`)}
            />
          ))}
        </SimpleGrid>
      ) : (
        <Text fw={600}>{localText(shown.name, language)}</Text>
      )}
      <ScrollArea type="auto" offsetScrollbars>
        <Group wrap="nowrap" align="stretch" gap="xs" pb="xs" data-testid="vc-stages">
          {shown.stages.map((stage, index) => (
            <StageCard
              key={stage.id}
              slug={slug}
              chain={shown}
              stage={stage}
              index={index}
              occupancy={occupancy.get(stage.id)}
              editable={canWrite}
              invalid={issues.some((issue) => issue.key.startsWith(`stage:${stage.id}:`))}
              errorAt={errorAt}
              onEdit={onEdit}
            />
          ))}
          {canWrite && (
            <Button
              variant="light"
              onClick={() => onEdit(addStage)}
              style={{ alignSelf: 'flex-start' }}
              data-testid="vc-add-stage"
            >
              {t('stage.add')}
            </Button>
          )}
        </Group>
      </ScrollArea>
      {errorAt('chain:stages') && (
        <Text c="red" size="sm">
          {errorAt('chain:stages')}
        </Text>
      )}
      {unplaced > 0 && (
        <Text size="sm" c="dimmed" data-testid="vc-unplaced">
          {t('unplaced', { count: unplaced })}
        </Text>
      )}
      <SupportFunctionsPanel chain={shown} editable={canWrite} errorAt={errorAt} onEdit={onEdit} />
      <IoTablePanel slug={slug} />
    </Stack>
  );
}
