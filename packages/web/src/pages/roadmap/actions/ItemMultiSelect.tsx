// The roadmap items an action addresses: a searchable multi-select grouped by kind that shows the
// items' titles (never their keys); dismissed items are offered only when already linked.

import { MultiSelect } from '@mantine/core';
import { ROADMAP_ITEM_KINDS, localText } from '@kume/core';
import { useTranslation } from 'react-i18next';
import type { RoadmapItemView } from '../roadmapQueries';
import { foldedOptionsFilter } from './foldedOptionsFilter';

export function ItemMultiSelect({
  items,
  value,
  onChange,
  error,
  disabled,
}: {
  items: RoadmapItemView[];
  value: string[];
  onChange: (keys: string[]) => void;
  error?: string;
  disabled?: boolean;
}) {
  const { t, i18n } = useTranslation('roadmap');
  const chosen = new Set(value);
  const label = (item: RoadmapItemView) => {
    const title = localText(item.title, i18n.language);
    const marks = [
      item.sourceState === 'gone' ? t('item.gone') : null,
      item.dismissed ? t('item.dismissed') : null,
    ].filter(Boolean);
    // A vision's title is just "Vision": its text tells visions apart.
    const text =
      item.kind === 'vision' ? `${title}: ${localText(item.detail, i18n.language)}` : title;
    return marks.length > 0 ? `${text} (${marks.join(', ')})` : text;
  };
  const offered = items.filter((item) => !item.dismissed || chosen.has(item.key));
  const data = ROADMAP_ITEM_KINDS.map((kind) => ({
    group: t(`kind.${kind}`),
    items: offered
      .filter((item) => item.kind === kind)
      .map((item) => ({ value: item.key, label: label(item) })),
  })).filter((group) => group.items.length > 0);
  // A linked key the roadmap no longer has stays visible (the server names it when saving).
  const known = new Set(items.map((item) => item.key));
  const unknown = value.filter((key) => !known.has(key));
  if (unknown.length > 0)
    data.push({
      group: t('editor.unknownItems'),
      items: unknown.map((key) => ({ value: key, label: key })),
    });

  return (
    <MultiSelect
      label={t('editor.items')}
      description={t('editor.itemsHelp')}
      placeholder={value.length === 0 ? t('editor.itemsPlaceholder') : undefined}
      data={data}
      value={value}
      onChange={onChange}
      filter={foldedOptionsFilter}
      searchable
      clearable
      hidePickedOptions
      maxDropdownHeight={360}
      nothingFoundMessage={t('editor.noItems')}
      error={error}
      disabled={disabled}
      data-testid="action-items"
    />
  );
}
