// The support functions around the value chain (finance, training, R&D, testing, ...): listed
// for everyone, with fields to add, edit and remove them for facilitators.

import {
  ActionIcon,
  Badge,
  Button,
  Group,
  MultiSelect,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  TagsInput,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import {
  localText,
  ORGANISATION_TYPES,
  SUPPORT_FUNCTION_KINDS,
  type OrganisationType,
  type SupportFunction,
  type SupportFunctionKind,
  type ValueChain,
} from '@kume/core';
import { useTranslation } from 'react-i18next';
import {
  addSupportFunction,
  deleteSupportFunction,
  parseNaceCodes,
  updateSupportFunction,
} from './chainEdits';

export function SupportFunctionsPanel({
  chain,
  editable,
  errorAt,
  onEdit,
}: {
  chain: ValueChain;
  editable: boolean;
  errorAt: (key: string) => string | undefined;
  onEdit: (edit: (chain: ValueChain) => ValueChain) => void;
}) {
  const { t, i18n } = useTranslation('valueChain');
  const kinds = SUPPORT_FUNCTION_KINDS.map((kind) => ({ value: kind, label: t(`kind.${kind}`) }));
  const types = ORGANISATION_TYPES.map((type) => ({
    value: type,
    label: t(`common:organisationType.${type}`),
  }));

  const fields = (item: SupportFunction) => {
    const key = (field: string) => `support:${item.id}:${field}`;
    const patch = (change: Partial<Omit<SupportFunction, 'id'>>) =>
      onEdit((c) => updateSupportFunction(c, item.id, change));
    return (
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 5 }} spacing="xs">
        <TextInput
          size="xs"
          label={t('field.name_tr')}
          value={item.name.tr}
          onChange={(e) => patch({ name: { ...item.name, tr: e.currentTarget.value } })}
          error={errorAt(key('name.tr'))}
        />
        <TextInput
          size="xs"
          label={t('field.name_en')}
          value={item.name.en}
          onChange={(e) => patch({ name: { ...item.name, en: e.currentTarget.value } })}
          error={errorAt(key('name.en'))}
        />
        <Select
          size="xs"
          label={t('field.kind')}
          data={kinds}
          value={item.kind}
          allowDeselect={false}
          onChange={(kind) => kind && patch({ kind: kind as SupportFunctionKind })}
        />
        <TagsInput
          size="xs"
          label={t('field.naceCodes')}
          value={item.naceCodes}
          splitChars={[',', ' ', ';']}
          // Entries that are not NACE codes are dropped; the stage fields explain the format.
          onChange={(values) => patch({ naceCodes: parseNaceCodes(values).codes })}
          error={errorAt(key('naceCodes'))}
        />
        <MultiSelect
          size="xs"
          label={t('field.organisationTypes')}
          data={types}
          value={item.organisationTypes}
          onChange={(values) => patch({ organisationTypes: values as OrganisationType[] })}
        />
      </SimpleGrid>
    );
  };

  return (
    <Stack gap="xs" data-testid="vc-support-functions">
      <Title order={4}>{t('support.title')}</Title>
      <Text size="sm" c="dimmed">
        {t('support.description')}
      </Text>
      {chain.supportFunctions.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('support.none')}
        </Text>
      )}
      {chain.supportFunctions.map((item) => (
        <Paper key={item.id} withBorder p="xs" data-testid={`vc-support-${item.id}`}>
          <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
            {editable ? (
              fields(item)
            ) : (
              <Group gap="xs">
                <Badge variant="light">{t(`kind.${item.kind}`)}</Badge>
                <Text size="sm">{localText(item.name, i18n.language)}</Text>
                {item.naceCodes.map((code) => (
                  <Badge key={code} size="sm" variant="outline" radius="sm">
                    {code}
                  </Badge>
                ))}
              </Group>
            )}
            {editable && (
              <ActionIcon
                variant="subtle"
                color="red"
                onClick={() => onEdit((c) => deleteSupportFunction(c, item.id))}
                aria-label={t('support.delete')}
              >
                ×
              </ActionIcon>
            )}
          </Group>
        </Paper>
      ))}
      {editable && (
        <Group>
          <Button
            size="xs"
            variant="light"
            onClick={() => onEdit(addSupportFunction)}
            data-testid="vc-add-support"
          >
            {t('support.add')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
