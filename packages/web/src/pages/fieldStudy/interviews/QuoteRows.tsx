// The quotes of an interview: each a text, its tags (suggested from the tags already used) and
// the organisation quoted.

import {
  ActionIcon,
  Button,
  Group,
  Paper,
  Select,
  Stack,
  TagsInput,
  Textarea,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { newQuoteKey, type QuoteDraft } from './interviewDraft';

export function QuoteRows({
  quotes,
  onChange,
  tagSuggestions,
  organisations,
  disabled,
}: {
  quotes: readonly QuoteDraft[];
  onChange: (quotes: QuoteDraft[]) => void;
  tagSuggestions: readonly string[];
  /** Whom a quote can be from: the participating organisations first. */
  organisations: readonly { id: string; name: string }[];
  disabled: boolean;
}) {
  const { t } = useTranslation('fieldwork');
  const update = (key: string, change: Partial<QuoteDraft>) =>
    onChange(quotes.map((quote) => (quote.key === key ? { ...quote, ...change } : quote)));
  return (
    <Stack gap="sm">
      {quotes.map((quote, index) => (
        <Paper key={quote.key} withBorder p="sm" radius="sm" data-testid="quote-row">
          <Stack gap="xs">
            <Group align="flex-start" gap="xs" wrap="nowrap">
              <Textarea
                label={t('interviews.form.quoteText', { number: index + 1 })}
                value={quote.text}
                onChange={(event) => update(quote.key, { text: event.currentTarget.value })}
                autosize
                minRows={2}
                maxLength={5000}
                disabled={disabled}
                style={{ flex: 1 }}
              />
              {!disabled && (
                <ActionIcon
                  variant="subtle"
                  color="red"
                  mt={24}
                  onClick={() => onChange(quotes.filter((q) => q.key !== quote.key))}
                  aria-label={t('interviews.form.removeQuote', { number: index + 1 })}
                >
                  ✕
                </ActionIcon>
              )}
            </Group>
            <Group gap="xs" align="flex-start" wrap="wrap">
              <TagsInput
                label={t('interviews.form.tags')}
                data={tagSuggestions.filter((tag) => !quote.tags.includes(tag))}
                value={quote.tags}
                onChange={(tags) => update(quote.key, { tags })}
                disabled={disabled}
                style={{ flex: '2 1 240px' }}
                aria-label={t('interviews.form.tagsOf', { number: index + 1 })}
              />
              <Select
                label={t('interviews.form.quotedOrganisation')}
                data={organisations.map((o) => ({ value: o.id, label: o.name }))}
                value={quote.organisationId}
                onChange={(organisationId) => update(quote.key, { organisationId })}
                searchable
                clearable
                disabled={disabled}
                style={{ flex: '1 1 200px' }}
              />
            </Group>
          </Stack>
        </Paper>
      ))}
      {!disabled && (
        <Button
          variant="light"
          size="xs"
          w="fit-content"
          onClick={() =>
            onChange([...quotes, { key: newQuoteKey(), text: '', tags: [], organisationId: null }])
          }
          data-testid="add-quote"
        >
          {t('interviews.form.addQuote')}
        </Button>
      )}
    </Stack>
  );
}
