// The relations as a table: who, which relation (from the source's view), whom, how strong, where,
// whether the other side confirmed it, and who reported it when, linking to the response.

import { Anchor, Badge, Table, Text } from '@mantine/core';
import {
  localText,
  RELATION_FREQUENCY_LABELS,
  RELATION_LOCATION_LABELS,
  RELATION_TYPE_LABELS,
} from '@kume/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../../i18n/format';
import type { RelationView } from '../types';

export function RelationsTable({
  slug,
  relations,
}: {
  slug: string;
  relations: readonly RelationView[];
}) {
  const { t } = useTranslation('fieldwork');
  const format = useFormat();
  const base = `/p/${encodeURIComponent(slug)}`;
  const organisation = (end: RelationView['source']) => (
    <>
      <Anchor component={Link} to={`${base}/organisations/${end.id}`} size="sm">
        {end.name}
      </Anchor>
      {end.needsReview && (
        <Badge size="xs" color="orange" variant="light" ml={4}>
          {t('relations.toReview')}
        </Badge>
      )}
    </>
  );
  return (
    <Table.ScrollContainer minWidth={1200}>
      <Table striped verticalSpacing="xs" fz="sm" data-testid="relations-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('relations.source')}</Table.Th>
            <Table.Th>{t('relations.type')}</Table.Th>
            <Table.Th>{t('relations.target')}</Table.Th>
            <Table.Th>{t('relations.share')}</Table.Th>
            <Table.Th>{t('relations.frequency')}</Table.Th>
            <Table.Th>{t('relations.location')}</Table.Th>
            <Table.Th>{t('relations.confirmed')}</Table.Th>
            <Table.Th>{t('relations.reportedBy')}</Table.Th>
            <Table.Th>{t('relations.reportedAt')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {relations.map((relation) => (
            <Table.Tr key={relation.id} data-testid="relation-row">
              <Table.Td miw={180}>{organisation(relation.source)}</Table.Td>
              <Table.Td>
                {localText(RELATION_TYPE_LABELS[relation.relationType], format.language)}
              </Table.Td>
              <Table.Td miw={180}>{organisation(relation.target)}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {relation.sharePercent !== null && `${format.number(relation.sharePercent)} %`}
              </Table.Td>
              <Table.Td>
                {relation.frequency &&
                  localText(RELATION_FREQUENCY_LABELS[relation.frequency], format.language)}
              </Table.Td>
              <Table.Td>
                {relation.location &&
                  localText(RELATION_LOCATION_LABELS[relation.location], format.language)}
              </Table.Td>
              <Table.Td miw={120} style={{ whiteSpace: 'nowrap' }}>
                {relation.confirmed ? (
                  <Badge color="teal" variant="light" size="sm" data-testid="relation-confirmed">
                    {t('relations.confirmedBadge')}
                  </Badge>
                ) : (
                  <Text size="xs" c="dimmed">
                    {t('relations.oneSided')}
                  </Text>
                )}
              </Table.Td>
              <Table.Td miw={160}>
                {relation.reportedBy?.name ?? (
                  <Text size="xs" c="dimmed" span>
                    {relation.sourceFile
                      ? t('relations.import.fromFile', { file: relation.sourceFile })
                      : t('relations.byHand')}
                  </Text>
                )}
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {format.date(relation.reportedAt)}
                {relation.responseId && relation.questionnaireId && (
                  <>
                    {' · '}
                    <Anchor
                      component={Link}
                      to={`${base}/field-study/questionnaires/${relation.questionnaireId}?tab=responses&response=${relation.responseId}`}
                      size="sm"
                    >
                      {t('relations.response')}
                    </Anchor>
                  </>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
