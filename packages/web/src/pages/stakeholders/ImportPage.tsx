// Import organisations from a CSV or XLSX file in four steps: choose the file, map its columns,
// check every row (dry run), import all rows or none.

import { Alert, Anchor, Breadcrumbs, Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ColumnMapping, OrganisationType } from '@kume/core';
import type { ImportResultView } from '@kume/server';
import { useProject } from '../../api/useProject';
import { PageHeader } from '../../components/PageHeader';
import { fileProblem } from '../../components/fileImport/fileProblem';
import { ImportAlerts } from '../../components/fileImport/ImportAlerts';
import { ImportDone } from '../../components/fileImport/ImportDone';
import { ImportStepper } from '../../components/fileImport/ImportStepper';
import { useFileImport } from '../../components/fileImport/useFileImport';
import { ImportCheckStep } from './ImportCheckStep';
import { ImportFileStep, IMPORT_WORDS } from './ImportFileStep';
import { ImportMappingStep, missingRequired } from './ImportMappingStep';
import { previewImport, rejectedImport, runImport } from './importRequests';
import { useStakeholderMutation } from './useStakeholderMutation';

export default function ImportPage() {
  const { t } = useTranslation('stakeholders');
  const project = useProject();
  const { slug } = project;
  const [defaultType, setDefaultType] = useState<OrganisationType | null>(null);
  const [created, setCreated] = useState<number | null>(null);
  const flow = useFileImport({
    read: (chosen, sheet) => previewImport(slug, chosen, sheet),
    mappingOf: (result) => result.suggestedMapping as ColumnMapping,
    // The return type is written out: the request reads the mapping the hook holds.
    check: (chosen): Promise<ImportResultView> => runImport(slug, chosen, options, true),
    onCheck: () => save.reset(),
  });
  const { step, setStep, file, preview, check, read, dryRun } = flow;
  const mapping = flow.mapping ?? {};
  const options = { mapping, defaultType, sheet: preview?.sheet ?? null };
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

  const restart = () => {
    flow.chooseFile(null);
    setCreated(null);
    save.reset();
    setStep(0);
  };
  const next = () => {
    if (!file) return;
    if (step === 0 && !fileProblem(file)) read.mutate({ chosen: file, sheet: null });
    if (step === 1) {
      flow.setShowMissing(true);
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
          <ImportStepper
            active={step}
            onStep={setStep}
            steps={[
              {
                label: t('import.stepFile'),
                content: <ImportFileStep file={file} onFile={flow.chooseFile} />,
              },
              {
                label: t('import.stepMapping'),
                content: preview && (
                  <ImportMappingStep
                    preview={preview}
                    mapping={mapping}
                    onMapping={flow.setMapping}
                    defaultType={defaultType}
                    onDefaultType={setDefaultType}
                    onSheet={(sheet) => file && read.mutate({ chosen: file, sheet })}
                    showMissing={flow.showMissing}
                  />
                ),
              },
              {
                label: t('import.stepCheck'),
                content: shownCheck && <ImportCheckStep check={shownCheck} />,
              },
              { label: t('import.stepImport') },
            ]}
            done={
              <ImportDone
                title={t('import.doneTitle')}
                text={t('import.done', { count: created ?? 0 })}
                testId="import-result"
              >
                <Button component={Link} to={`/p/${slug}/organisations`} size="xs">
                  {t('import.toRegistry')}
                </Button>
                <Button variant="default" size="xs" onClick={restart}>
                  {t('import.another')}
                </Button>
              </ImportDone>
            }
          />
          <ImportAlerts error={error} rejected={Boolean(rejected)} words={IMPORT_WORDS} />
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
