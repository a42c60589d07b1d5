// Import relations from a CSV or XLSX file, in a modal over the relations list: choose the file,
// map its columns, check every row (dry run), import all rows or none, then back to the list.

import { Alert, Button, Group, Modal, Stack, Stepper, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RelationImportMapping } from '@kume/core';
import type { RelationImportPreviewView, RelationImportResultView } from '@kume/server';
import { ApiError } from '../../../../api/client';
import { useProjectMutation } from '../../../../api/useProjectMutation';
import { ErrorAlert } from '../../../../components/ErrorAlert';
import { fileProblem } from '../../../stakeholders/importRequests';
import { RelationImportCheckStep } from './RelationImportCheckStep';
import { RelationImportFileStep } from './RelationImportFileStep';
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
  const [step, setStep] = useState(0);
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<RelationImportPreviewView | null>(null);
  const [mapping, setMapping] = useState<RelationImportMapping>({});
  const [showMissing, setShowMissing] = useState(false);
  const [check, setCheck] = useState<RelationImportResultView | null>(null);
  const [done, setDone] = useState<RelationImportResultView | null>(null);

  const read = useMutation({
    mutationFn: ({ chosen, sheet }: { chosen: File; sheet: string | null }) =>
      previewRelationImport(slug, chosen, sheet),
    onSuccess: (result) => {
      setPreview(result);
      setMapping(result.suggestedMapping);
      setShowMissing(false);
      setStep(1);
    },
  });
  const options = { mapping, sheet: preview?.sheet ?? null };
  const dryRun = useMutation({
    mutationFn: (chosen: File) => runRelationImport(slug, chosen, options, true),
    onSuccess: (result) => {
      setCheck(result);
      save.reset();
      setStep(2);
    },
  });
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

  const chooseFile = (chosen: File | null) => {
    setFile(chosen);
    setPreview(null);
    setCheck(null);
    read.reset();
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
    setShowMissing(true);
    if (file && missingRelationFields(mapping).length === 0) dryRun.mutate(file);
  };

  const error = step === 0 ? read.error : step === 1 ? (read.error ?? dryRun.error) : null;
  const shownError = error ?? (rejected ? null : save.error);
  const errorTitle =
    shownError instanceof ApiError && shownError.code === 'unsupported_file'
      ? t('relations.import.unreadable')
      : shownError instanceof ApiError && shownError.status === 413
        ? t('relations.import.tooLarge')
        : undefined;

  return (
    <Modal opened={opened} onClose={close} title={t('relations.import.title')} size="xl">
      <Stack gap="md">
        <Stepper
          active={step}
          onStepClick={(target) => target < step && step < 3 && setStep(target)}
          allowNextStepsSelect={false}
          size="sm"
        >
          <Stepper.Step label={t('relations.import.stepFile')}>
            <RelationImportFileStep file={file} onFile={chooseFile} />
          </Stepper.Step>
          <Stepper.Step label={t('relations.import.stepMapping')}>
            {preview && (
              <RelationImportMappingStep
                preview={preview}
                mapping={mapping}
                onMapping={setMapping}
                onSheet={(sheet) => file && read.mutate({ chosen: file, sheet })}
                showMissing={showMissing}
              />
            )}
          </Stepper.Step>
          <Stepper.Step label={t('relations.import.stepCheck')}>
            {shownCheck && <RelationImportCheckStep check={shownCheck} />}
          </Stepper.Step>
          <Stepper.Completed>
            <Alert color="teal" title={t('relations.import.doneTitle')}>
              <Stack gap="xs">
                <Text size="sm" data-testid="relation-import-summary">
                  {t('relations.import.done', {
                    count: done?.created ?? 0,
                    file: done?.fileName ?? '',
                  })}
                </Text>
                <Group gap="sm">
                  <Button size="xs" onClick={close} data-testid="relation-import-close">
                    {t('relations.import.toList')}
                  </Button>
                </Group>
              </Stack>
            </Alert>
          </Stepper.Completed>
        </Stepper>
        {read.isPending && (
          <Text size="sm" c="dimmed">
            {t('relations.import.reading')}
          </Text>
        )}
        {shownError && <ErrorAlert error={shownError} title={errorTitle} />}
        {rejected && (
          <Alert color="red" role="alert">
            {t('relations.import.rejected')}
          </Alert>
        )}
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
