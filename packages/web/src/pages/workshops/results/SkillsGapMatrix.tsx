// The skills gap matrix: skills placed by importance and gap (required - current level), labelled
// with their rank, beside the ranked list the roadmap takes (priority = importance x gap).

import { Badge, Table } from '@mantine/core';
import type { SkillGap } from '@kume/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useChartFormat } from '../../fieldStudy/analysis/useChartFormat';
import { EChart } from '../../statistics/charts/EChart';
import { skillsGapOption } from './skillsGapOption';

/** A rating or gap with one decimal, a dash when missing. */
const oneDecimal =
  (number: (value: number, options: Intl.NumberFormatOptions) => string) =>
  (value: number | null) => (value === null ? '–' : number(value, { maximumFractionDigits: 1 }));

export function SkillsGapMatrix({
  skills,
  factorName,
  large = false,
}: {
  /** Ranked (core skillsGapMatrix). */
  skills: readonly Omit<SkillGap, 'id'>[];
  /** The success factor's text for a heading id; undefined when unknown. */
  factorName?: (factorId: string) => string | undefined;
  large?: boolean;
}) {
  const { t } = useTranslation('workshops');
  const format = useChartFormat();
  const one = oneDecimal(format.number);
  const option = useMemo(() => {
    const rating = oneDecimal(format.number);
    return skillsGapOption(skills, {
      axisNames: { importance: t('results.importance'), gap: t('results.gap') },
      describe: (skill) => [
        `${t('results.priority')}: ${rating(skill.priority)}`,
        `${t('results.current')}: ${rating(skill.current)} · ${t('results.required')}: ${rating(skill.required)}`,
      ],
      large,
    });
  }, [skills, large, t, format]);
  return (
    <div data-testid="skills-gap">
      <EChart
        option={option}
        height={large ? 'min(60vh, 620px)' : 360}
        testId="skills-gap-matrix"
        label={t('results.skillsGapLabel', { count: skills.length })}
        title={t('results.skillsGapTitle')}
      />
      <Table.ScrollContainer minWidth={560}>
        <Table striped fz={large ? 'lg' : 'sm'} data-testid="skills-gap-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>#</Table.Th>
              <Table.Th>{t('results.skill')}</Table.Th>
              <Table.Th ta="right">{t('results.importance')}</Table.Th>
              <Table.Th ta="right">{t('results.current')}</Table.Th>
              <Table.Th ta="right">{t('results.required')}</Table.Th>
              <Table.Th ta="right">{t('results.gap')}</Table.Th>
              <Table.Th ta="right">{t('results.priority')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {skills.map((skill) => {
              const factor = skill.factorId ? factorName?.(skill.factorId) : undefined;
              return (
                <Table.Tr key={`${skill.rank}-${skill.text}`}>
                  <Table.Td>{skill.rank}</Table.Td>
                  <Table.Td>
                    {skill.text}
                    {factor && (
                      <Badge variant="light" size="xs" ml={6}>
                        {factor}
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td ta="right">{one(skill.importance)}</Table.Td>
                  <Table.Td ta="right">{one(skill.current)}</Table.Td>
                  <Table.Td ta="right">{one(skill.required)}</Table.Td>
                  <Table.Td ta="right" c={skill.gap !== null && skill.gap > 0 ? 'red' : undefined}>
                    {one(skill.gap)}
                  </Table.Td>
                  <Table.Td ta="right" fw={600}>
                    {one(skill.priority)}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </div>
  );
}
