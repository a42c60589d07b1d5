// Every tagged quote of the project's interviews and focus groups, filtered by tag (?tag=).

import { Anchor, Badge, Blockquote, Chip, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Loading } from '../../../components/Loading';
import { useFormat } from '../../../i18n/format';
import { useQuotes } from './interviewQueries';

export function QuotesView({ slug }: { slug: string }) {
  const { t } = useTranslation('fieldwork');
  const format = useFormat();
  const [params, setParams] = useSearchParams();
  const tag = params.get('tag') || undefined;
  // The tag list comes from the unfiltered answer, so every tag stays offered.
  const all = useQuotes(slug);
  const quotes = useQuotes(slug, tag);
  const base = `/p/${encodeURIComponent(slug)}/field-study/interviews`;

  const chooseTag = (value: string | null) =>
    setParams(
      (current) => {
        const copy = new URLSearchParams(current);
        if (value) copy.set('tag', value);
        else copy.delete('tag');
        return copy;
      },
      { replace: true },
    );

  if (quotes.isPending) return <Loading />;
  if (!quotes.data) return <ErrorAlert error={quotes.error} />;
  const tags = all.data?.tags ?? quotes.data.tags;
  if (quotes.data.quotes.length === 0 && !tag)
    return (
      <EmptyState
        title={t('interviews.noQuotesTitle')}
        description={t('interviews.noQuotesText')}
      />
    );

  return (
    <Stack gap="md">
      {tags.length > 0 && (
        <Chip.Group
          multiple={false}
          value={tag ?? ''}
          onChange={(value) => chooseTag(value || null)}
        >
          <Group gap={6} data-testid="quote-tags" aria-label={t('interviews.filterTag')}>
            <Chip value="" size="xs">
              {t('interviews.allTags')}
            </Chip>
            {tags.map(({ tag: name, count }) => (
              <Chip key={name} value={name} size="xs">
                {`${name} (${count})`}
              </Chip>
            ))}
          </Group>
        </Chip.Group>
      )}
      {quotes.data.quotes.map((quote) => (
        <Blockquote key={quote.id} p="sm" radius="sm" data-testid="quote">
          <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
            {quote.text}
          </Text>
          <Group gap={6} mt={6}>
            {quote.tags.map((name) => (
              <Badge key={name} size="xs" variant="light">
                {name}
              </Badge>
            ))}
          </Group>
          <Text size="xs" c="dimmed" mt={4}>
            {[quote.organisationName, format.date(quote.heldOn)].filter(Boolean).join(' · ')}
            {' · '}
            <Anchor component={Link} to={`${base}/${quote.interviewId}`} size="xs">
              {quote.interviewTitle || t(`interviews.kind.${quote.kind}`)}
            </Anchor>
          </Text>
        </Blockquote>
      ))}
    </Stack>
  );
}
