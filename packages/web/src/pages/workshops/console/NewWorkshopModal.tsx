// "New workshop": the template (vision, key success factors weighted by pairwise comparison or
// points, requisite skills, a Delphi round between meetings with its items, or rounds composed
// freely), whether the facilitator votes, and a title; creates a draft and opens it.

import {
  Alert,
  Button,
  Group,
  Modal,
  Radio,
  SegmentedControl,
  Select,
  Stack,
  Switch,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import {
  MAX_ITEM_LENGTH,
  VOTING_METHODS,
  WORKSHOP_TEMPLATE_IDS,
  type WorkshopTemplateId,
} from '@kume/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ApiError } from '../../../api/client';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { type CustomRound, customWorkshopDefinition } from './customWorkshop';
import { delphiItems, MAX_DELPHI_ITEMS } from './delphiRound';
import { useCreateWorkshop } from './workshopQueries';

const emptyRound = (): CustomRound => ({ title: '', prompt: '', method: 'dots' });

/** Whether the facilitator casts a ballot, chosen per template: by default they only moderate. */
const NOBODY_VOTES = Object.fromEntries(WORKSHOP_TEMPLATE_IDS.map((id) => [id, false])) as Record<
  WorkshopTemplateId,
  boolean
>;

export function NewWorkshopModal({
  slug,
  opened,
  onClose,
}: {
  slug: string;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation('workshops');
  const navigate = useNavigate();
  const [templateId, setTemplateId] = useState<WorkshopTemplateId>('vision');
  const [weighting, setWeighting] = useState<'pairwise' | 'points'>('pairwise');
  const [title, setTitle] = useState('');
  const [rounds, setRounds] = useState<CustomRound[]>([emptyRound()]);
  const [facilitatorVotes, setFacilitatorVotes] = useState(NOBODY_VOTES);
  const [delphiText, setDelphiText] = useState('');
  const [maxIterations, setMaxIterations] = useState('3');
  const create = useCreateWorkshop(slug, {
    success: t('list.created'),
    onSuccess: (detail) => void navigate(`/p/${slug}/workshops/${detail.id}`),
  });

  const custom = templateId === 'custom';
  const delphi = templateId === 'delphi';
  const typed = delphiItems(delphiText);
  const customReady = title.trim() !== '' && rounds.every((round) => round.prompt.trim() !== '');
  const submit = () => {
    const named = title.trim() ? { title: title.trim() } : {};
    const votes = facilitatorVotes[templateId];
    if (custom)
      create.mutate({ ...named, definition: customWorkshopDefinition(title, rounds, votes) });
    else
      create.mutate({
        ...named,
        templateId,
        facilitatorVotes: votes,
        ...(templateId === 'key_success_factors' ? { weighting } : {}),
        // No items: the server takes the project's success factors.
        ...(delphi
          ? {
              maxIterations: Number(maxIterations),
              ...(typed.items.length > 0 ? { items: typed.items } : {}),
            }
          : {}),
      });
  };
  const setRound = (index: number, change: Partial<CustomRound>) =>
    setRounds((all) => all.map((round, i) => (i === index ? { ...round, ...change } : round)));

  return (
    <Modal opened={opened} onClose={onClose} title={t('list.new')} size="lg" centered>
      <Stack>
        <Radio.Group
          value={templateId}
          onChange={(value) => setTemplateId(value as WorkshopTemplateId)}
          label={t('list.template')}
        >
          <Stack gap="xs" mt={4}>
            {WORKSHOP_TEMPLATE_IDS.map((id) => (
              <Radio
                key={id}
                value={id}
                label={t(`list.templates.${id}.name`)}
                description={t(`list.templates.${id}.description`)}
                data-testid={`workshop-template-${id}`}
              />
            ))}
          </Stack>
        </Radio.Group>
        {templateId === 'key_success_factors' && (
          <Stack gap={4}>
            <Text size="sm" fw={500}>
              {t('list.weighting')}
            </Text>
            <SegmentedControl
              value={weighting}
              onChange={(value) => setWeighting(value as 'pairwise' | 'points')}
              data={[
                { value: 'pairwise', label: t('list.weightingPairwise') },
                { value: 'points', label: t('list.weightingPoints') },
              ]}
              data-testid="workshop-weighting"
            />
          </Stack>
        )}
        {delphi && (
          <Stack gap="xs">
            <Textarea
              label={t('list.delphiItems')}
              description={t('list.delphiItemsHint')}
              placeholder={t('list.delphiItemsPlaceholder')}
              value={delphiText}
              onChange={(event) => setDelphiText(event.currentTarget.value)}
              autosize
              minRows={4}
              maxRows={12}
              error={
                typed.problem === 'too_many'
                  ? t('list.delphiTooMany', { max: MAX_DELPHI_ITEMS })
                  : typed.problem === 'too_long'
                    ? t('list.delphiTooLong', { max: MAX_ITEM_LENGTH })
                    : undefined
              }
              data-testid="workshop-delphi-items"
            />
            <Stack gap={4}>
              <Text size="sm" fw={500}>
                {t('list.delphiIterations')}
              </Text>
              <SegmentedControl
                value={maxIterations}
                onChange={setMaxIterations}
                data={['2', '3', '4']}
                data-testid="workshop-delphi-iterations"
              />
            </Stack>
          </Stack>
        )}
        <Switch
          label={t('list.facilitatorVotes')}
          description={t('list.facilitatorVotesHint')}
          checked={facilitatorVotes[templateId]}
          onChange={(event) => {
            const checked = event.currentTarget.checked;
            setFacilitatorVotes((all) => ({ ...all, [templateId]: checked }));
          }}
          data-testid="workshop-facilitator-votes"
        />
        <TextInput
          label={t('list.title')}
          description={custom ? undefined : t('list.titleHint')}
          required={custom}
          value={title}
          maxLength={200}
          onChange={(event) => setTitle(event.currentTarget.value)}
          data-testid="workshop-title"
        />
        {custom && (
          <Stack gap="xs">
            {rounds.map((round, index) => (
              <Group key={index} align="flex-end" gap="xs" wrap="wrap">
                <TextInput
                  label={t('list.roundTitle', { number: index + 1 })}
                  value={round.title}
                  maxLength={200}
                  onChange={(event) => setRound(index, { title: event.currentTarget.value })}
                  w={150}
                />
                <TextInput
                  label={t('list.roundPrompt')}
                  required
                  value={round.prompt}
                  maxLength={2000}
                  onChange={(event) => setRound(index, { prompt: event.currentTarget.value })}
                  style={{ flex: 1, minWidth: 180 }}
                />
                <Select
                  label={t('list.roundMethod')}
                  value={round.method}
                  allowDeselect={false}
                  onChange={(value) =>
                    value && setRound(index, { method: value as CustomRound['method'] })
                  }
                  data={[...VOTING_METHODS, 'none' as const].map((method) => ({
                    value: method,
                    label: t(`results.method.${method}`),
                  }))}
                  w={170}
                />
                <Button
                  variant="subtle"
                  color="red"
                  disabled={rounds.length === 1}
                  onClick={() => setRounds((all) => all.filter((_, i) => i !== index))}
                  aria-label={t('list.removeRound', { number: index + 1 })}
                >
                  ✕
                </Button>
              </Group>
            ))}
            <Group>
              <Button
                variant="light"
                size="xs"
                disabled={rounds.length >= 30}
                onClick={() => setRounds((all) => [...all, emptyRound()])}
              >
                {t('list.addRound')}
              </Button>
            </Group>
          </Stack>
        )}
        {create.error instanceof ApiError && create.error.code === 'no_success_factors' ? (
          <Alert color="red" data-testid="workshop-no-factors">
            {t('list.delphiNoFactors')}
          </Alert>
        ) : (
          <ErrorAlert error={create.error} />
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common:action.cancel')}
          </Button>
          <Button
            onClick={submit}
            loading={create.isPending}
            disabled={(custom && !customReady) || (delphi && typed.problem !== null)}
            data-testid="workshop-create"
          >
            {t('list.create')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
