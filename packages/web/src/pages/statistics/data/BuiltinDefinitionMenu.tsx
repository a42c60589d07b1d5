// A menu that adds Kume's NACE Rev.2 default cluster definition (on 4-digit classes or on 2-digit
// divisions) to the project, with cluster names in the interface's language.

import { Button, Menu, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/client';
import { statisticsPath } from '../statisticsQueries';
import type { DefinitionView } from '../types';
import { useStatisticsMutation } from '../useStatisticsMutation';

type BuiltinDefinition = 'nace-rev2-classes' | 'nace-rev2-divisions';

export function BuiltinDefinitionMenu({ slug }: { slug: string }) {
  const { t, i18n } = useTranslation('statistics');
  const add = useStatisticsMutation(
    slug,
    (definition: BuiltinDefinition) =>
      api.post<DefinitionView>(statisticsPath(slug, '/definitions/builtin'), {
        definition,
        language: i18n.language === 'tr' ? 'tr' : 'en',
      }),
    {
      success: (added) => t('definitions.builtin.added', { name: added.name }),
      notifyErrors: true,
    },
  );
  const item = (definition: BuiltinDefinition, label: string, hint: string) => (
    <Menu.Item
      onClick={() => add.mutate(definition)}
      data-testid={`definition-builtin-${definition}`}
    >
      <Text size="sm">{label}</Text>
      <Text size="xs" c="dimmed">
        {hint}
      </Text>
    </Menu.Item>
  );

  return (
    <Menu position="bottom-start" width={360} withinPortal>
      <Menu.Target>
        <Button variant="default" loading={add.isPending} data-testid="definition-builtin">
          {t('definitions.builtin.button')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        {item('nace-rev2-classes', t('definitions.builtin.classes'), t('definitions.builtin.classesHint'))}
        {item(
          'nace-rev2-divisions',
          t('definitions.builtin.divisions'),
          t('definitions.builtin.divisionsHint'),
        )}
      </Menu.Dropdown>
    </Menu>
  );
}
