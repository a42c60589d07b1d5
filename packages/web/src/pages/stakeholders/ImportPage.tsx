// Import organisations from a CSV or XLSX file in four steps: choose the file, map its columns,
// check every row (dry run), import all rows or none.

import { Alert, Anchor, Breadcrumbs, Button, Group, Stack, Stepper, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ColumnMapping, OrganisationType } from '@kume/core';
import type { ImportPreviewView, ImportResultView } from '@kume/server';
import { ApiError } from '../../api/client';
import { useProject } from '../../api/useProject';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { ImportCheckStep } from './ImportCheckStep';
import { ImportFileStep } from './ImportFileStep';
import { ImportMappingStep, missingRequired } from './ImportMappingStep';
import { fileProblem, previewImport, rejectedImport, runImport } from './importRequests';
import { useStakeholderMutation } from './useStakeholderMutation';

export default function ImportPage() {
  const { t } = useTranslation('stakeholders');
  const project = useProject();
  const { slug } = project;
  const [step, setStep] = useState(0);
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<ImportPreviewView | null>(null);
  const [mapping, setMapping] = useState<ColumnMapping>({});
  const [defaultType, setDefaultType] = useState<OrganisationType | null>(null);
  const [showMissing, setShowMissing] = useState(false);
  const [check, setCheck] = useState<ImportResultView | null>(null);
  const [created, setCreated] = useState<number | null>(null);

  const read = useMutation({
    mutationFn: ({ chosen, sheet }: { chosen: File; sheet: string | null }) =>
      previewImport(slug, chosen, sheet),
    onSuccess: (result) => {
      setPreview(result);
      setMapping(result.suggestedMapping as ColumnMapping);
      setShowMissing(false);
      setStep(1);
    },
  });
  const options = { mapping, defaultType, sheet: preview?.sheet ?? null };
  const dryRun = useMutation({
    mutationFn: (chosen: File) => runImport(slug, chosen, options, true),
    onSuccess: (result) => {
      setCheck(result);
      save.reset();
      setStep(2);
    },
  });
  const save = useStakeholderMutation(
    slug,
    (chosen: File) => runImport(slug, chosen, options, false),
    {
      success: (result) => t('import.done', { count: result.created }),
      onSuccess: (result) => {
        setCreated(result.created);
        setStep(4);
      },
    },
  );
  // A 422 carries the check that failed (e.g. a name registered meanwhile): show it as the check.
  const rejected = rejectedImport(save.error);
  const shownCheck = rejected ?? check;

  const chooseFile = (chosen: File | null) => {
    setFile(chosen);
    setPreview(null);
    setCheck(null);
    read.reset();
  };
  const restart = () => {
    chooseFile(null);
    setCreated(null);
    save.reset();
    setStep(0);
  };
  const next = () => {
    if (!file) return;
    if (step === 0 && !fileProblem(file)) read.mutate({ chosen: file, sheet: null });
    if (step === 1) {
      setShowMissing(true);
      if (missingRequired(mapping, defaultType).length === 0) dryRun.mutate(file);
    }
  };

  const error =
    step === 0
      ? read.error
      : step === 1
        ? (read.error ?? dryRun.error)
        : rejected
          ? null
          : save.error;
  const errorTitle =
    error instanceof ApiError && error.code === 'unsupported_file'
      ? t('import.unreadable')
      : error instanceof ApiError && error.status === 413
        ? t('import.tooLarge')
        : undefined;

  return (
    <Stack gap="md">
      <Breadcrumbs>
        <Anchor component={Link} to={`/p/${slug}/organisations`} size="sm">
          {t('organisations.title')}
        </Anchor>
        <Text size="sm">{t('import.title')}</Text>
      </Breadcrumbs>
      <PageHeader title={t('import.title')} description={t('import.description')} />
      {!project.isPending && !project.can('registry') ? (
        <Alert color="yellow">{t('import.notAllowed')}</Alert>
      ) : (
        <>
          <Stepper
            active={step}
            onStepClick={(target) => target < step && step < 4 && setStep(target)}
            allowNextStepsSelect={false}
            size="sm"
          >
            <Stepper.Step label={t('import.stepFile')}>
              <ImportFileStep file={file} onFile={chooseFile} />
            </Stepper.Step>
            <Stepper.Step label={t('import.stepMapping')}>
              {preview && (
                <ImportMappingStep
                  preview={preview}
                  mapping={mapping}
                  onMapping={setMapping}
                  defaultType={defaultType}
                  onDefaultType={setDefaultType}
                  onSheet={(sheet) => file && read.mutate({ chosen: file, sheet })}
                  showMissing={showMissing}
                />
              )}
            </Stepper.Step>
            <Stepper.Step label={t('import.stepCheck')}>
              {shownCheck && <ImportCheckStep check={shownCheck} />}
            </Stepper.Step>
            <Stepper.Step label={t('import.stepImport')} />
            <Stepper.Completed>
              <Alert color="teal" title={t('import.doneTitle')} data-testid="import-result">
                <Stack gap="xs">
                  <Text size="sm">{t('import.done', { count: created ?? 0 })}</Text>
                  <Group gap="sm">
                    <Button component={Link} to={`/p/${slug}/organisations`} size="xs">
                      {t('import.toRegistry')}
                    </Button>
                    <Button variant="default" size="xs" onClick={restart}>
                      {t('import.another')}
                    </Button>
                  </Group>
                </Stack>
              </Alert>
            </Stepper.Completed>
          </Stepper>
          {error && <ErrorAlert error={error} title={errorTitle} />}
          {rejected && (
            <Alert color="red" role="alert">
              {t('import.rejected')}
            </Alert>
          )}
          {step < 3 && (
            <Group justify="space-between">
              <Button
                variant="default"
                onClick={() => (step === 0 ? restart() : setStep(step - 1))}
                disabled={step === 0}
              >
                {t('common:action.back')}
              </Button>
              {step < 2 ? (
                <Button
                  onClick={next}
                  disabled={!file || Boolean(fileProblem(file))}
                  loading={read.isPending || dryRun.isPending}
                  data-testid="import-next"
                >
                  {t('common:action.next')}
                </Button>
              ) : (
                <Button
                  onClick={() => file && save.mutate(file)}
                  disabled={!shownCheck || shownCheck.errorCount > 0 || shownCheck.validCount === 0}
                  loading={save.isPending}
                  data-testid="import-run"
                >
                  {shownCheck && shownCheck.errorCount === 0
                    ? t('import.run', { count: shownCheck.validCount })
                    : t('common:action.import')}
                </Button>
              )}
            </Group>
          )}
        </>
      )}
    </Stack>
  );
}
