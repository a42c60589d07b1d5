// Import relations from a CSV or XLSX file, in a modal over the relations list: choose the file,
// map its columns, check every row (dry run), import all rows or none, then back to the list.

import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RelationImportResultView } from '@kume/server';
import { useProjectMutation } from '../../../../api/useProjectMutation';
import { fileProblem } from '../../../../components/fileImport/fileProblem';
import { ImportAlerts } from '../../../../components/fileImport/ImportAlerts';
import { ImportDone } from '../../../../components/fileImport/ImportDone';
import { ImportStepper } from '../../../../components/fileImport/ImportStepper';
import { useFileImport } from '../../../../components/fileImport/useFileImport';
import { RelationImportCheckStep } from './RelationImportCheckStep';
import { RelationImportFileStep, RELATION_IMPORT_WORDS } from './RelationImportFileStep';
import { RelationImportMappingStep } from './RelationImportMappingStep';
import {
  previewRelationImport,
  rejectedRelationImport,
  runRelationImport,
} from './relationImportRequests';
import { canImportRelations, missingRelationFields } from './relationImportSteps';

export function RelationImportModal({
  slug,
  opened,
  onClose,
}: {
  slug: string;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation('fieldwork');
  const [done, setDone] = useState<RelationImportResultView | null>(null);
  const flow = useFileImport({
    read: (chosen, sheet) => previewRelationImport(slug, chosen, sheet),
    mappingOf: (result) => result.suggestedMapping,
    // The return type is written out: the request reads the mapping the hook holds.
    check: (chosen): Promise<RelationImportResultView> =>
      runRelationImport(slug, chosen, options, true),
    onCheck: () => save.reset(),
  });
  const { step, setStep, file, preview, check, read, dryRun } = flow;
  const mapping = flow.mapping ?? {};
  const options = { mapping, sheet: preview?.sheet ?? null };
  // The list and the cluster map both read the relations: refresh everything under the field study.
  const save = useProjectMutation(
    slug,
    [['fieldStudy', slug]],
    (chosen: File) => runRelationImport(slug, chosen, options, false),
    {
      onSuccess: (result) => {
        setDone(result);
        setStep(3);
      },
    },
  );
  // A 422 carries the check that failed (the project changed since the dry run): show it.
  const rejected = rejectedRelationImport(save.error);
  const shownCheck = rejected ?? check;

  // The file is read as soon as it is chosen: the modal has no "next" on the first step.
  const chooseFile = (chosen: File | null) => {
    flow.chooseFile(chosen);
    dryRun.reset();
    if (chosen && !fileProblem(chosen)) read.mutate({ chosen, sheet: null });
  };
  const close = () => {
    chooseFile(null);
    setDone(null);
    save.reset();
    setStep(0);
    onClose();
  };
  const runCheck = () => {
    flow.setShowMissing(true);
    if (file && missingRelationFields(mapping).length === 0) dryRun.mutate(file);
  };

  const error = step === 0 ? read.error : step === 1 ? (read.error ?? dryRun.error) : null;

  return (
    <Modal opened={opened} onClose={close} title={t('relations.import.title')} size="xl">
      <Stack gap="md">
        <ImportStepper
          active={step}
          onStep={setStep}
          steps={[
            {
              label: t('relations.import.stepFile'),
              content: <RelationImportFileStep file={file} onFile={chooseFile} />,
            },
            {
              label: t('relations.import.stepMapping'),
              content: preview && (
                <RelationImportMappingStep
                  preview={preview}
                  mapping={mapping}
                  onMapping={flow.setMapping}
                  onSheet={(sheet) => file && read.mutate({ chosen: file, sheet })}
                  showMissing={flow.showMissing}
                />
              ),
            },
            {
              label: t('relations.import.stepCheck'),
              content: shownCheck && <RelationImportCheckStep check={shownCheck} />,
            },
          ]}
          done={
            <ImportDone
              title={t('relations.import.doneTitle')}
              text={t('relations.import.done', {
                count: done?.created ?? 0,
                file: done?.fileName ?? '',
              })}
              textTestId="relation-import-summary"
            >
              <Button size="xs" onClick={close} data-testid="relation-import-close">
                {t('relations.import.toList')}
              </Button>
            </ImportDone>
          }
        />
        {read.isPending && (
          <Text size="sm" c="dimmed">
            {t('relations.import.reading')}
          </Text>
        )}
        <ImportAlerts
          error={error ?? (rejected ? null : save.error)}
          rejected={Boolean(rejected)}
          words={RELATION_IMPORT_WORDS}
        />
        {step > 0 && step < 3 && (
          <Group justify="space-between">
            <Button variant="default" onClick={() => setStep(step - 1)}>
              {t('common:action.back')}
            </Button>
            {step === 1 ? (
              <Button
                onClick={runCheck}
                loading={dryRun.isPending}
                data-testid="relation-import-check"
              >
                {t('relations.import.check')}
              </Button>
            ) : (
              <Button
                onClick={() => file && save.mutate(file)}
                disabled={!canImportRelations(shownCheck)}
                loading={save.isPending}
                data-testid="relation-import-confirm"
              >
                {canImportRelations(shownCheck)
                  ? t('relations.import.confirm', { count: shownCheck?.toAdd ?? 0 })
                  : t('common:action.import')}
              </Button>
            )}
          </Group>
        )}
      </Stack>
    </Modal>
  );
}
