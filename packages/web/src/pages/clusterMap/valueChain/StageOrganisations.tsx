// The organisations the cluster map places on a stage, folded away until asked for: each with
// how it was placed (its stage field or its industry code) and a link to its page.

import { Anchor, Badge, Button, Collapse, Group, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { StageOccupancy } from './stageOccupancy';

export function StageOrganisations({
  slug,
  stageId,
  occupancy,
}: {
  slug: string;
  stageId: string;
  /** undefined: the stage is not in the saved chain, so the map has not placed anyone on it. */
  occupancy: StageOccupancy | undefined;
}) {
  const { t } = useTranslation('valueChain');
  const [opened, { toggle }] = useDisclosure(false);
  if (!occupancy)
    return (
      <Text size="xs" c="dimmed">
        {t('stage.notSaved')}
      </Text>
    );
  const { organisations } = occupancy;
  if (organisations.length === 0)
    return (
      <Text size="xs" c="dimmed">
        {t('stage.noOrganisations')}
      </Text>
    );
  return (
    <Stack gap={4}>
      <Button
        variant="subtle"
        size="compact-xs"
        onClick={toggle}
        aria-expanded={opened}
        data-testid={`vc-stage-organisations-${stageId}`}
      >
        {opened
          ? t('stage.hideOrganisations')
          : t('stage.showOrganisations', { count: organisations.length })}
      </Button>
      <Collapse expanded={opened}>
        <Stack gap={2}>
          {organisations.map((organisation) => (
            <Group key={organisation.id} gap={6} wrap="nowrap" justify="space-between">
              <Anchor
                component={Link}
                to={`/p/${encodeURIComponent(slug)}/organisations/${encodeURIComponent(organisation.id)}`}
                size="sm"
                lineClamp={1}
              >
                {organisation.name}
              </Anchor>
              <Badge
                size="xs"
                variant="light"
                color={organisation.placement === 'code' ? 'gray' : 'blue'}
              >
                {t(`placement.${organisation.placement}`)}
              </Badge>
            </Group>
          ))}
          <Text size="xs" c="dimmed">
            {t('stage.placementHint')}
          </Text>
        </Stack>
      </Collapse>
    </Stack>
  );
}
