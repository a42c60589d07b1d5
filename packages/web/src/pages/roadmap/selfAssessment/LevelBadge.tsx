// The level an answer, an area or an assessment reaches (below, bronze, silver, gold) as a badge
// in its metal's colour; unanswered shows as a dash.

import { Badge } from '@mantine/core';
import type { SelfAssessmentLevel } from '@kume/core';
import { useTranslation } from 'react-i18next';

export const LEVEL_HEX: Record<SelfAssessmentLevel, string> = {
  below: '#adb5bd',
  bronze: '#b0703c',
  silver: '#7d8a96',
  gold: '#d4a106',
};

/** A badge in a narrow table cell keeps its whole label rather than an ellipsis. */
const WHOLE = { minWidth: 'max-content' };

export function LevelBadge({
  level,
  size = 'sm',
}: {
  level: SelfAssessmentLevel | null;
  size?: 'xs' | 'sm' | 'md';
}) {
  const { t } = useTranslation('monitoring');
  if (level === null)
    return (
      <Badge size={size} variant="outline" color="gray" style={WHOLE}>
        {t('level.unanswered')}
      </Badge>
    );
  return (
    <Badge
      size={size}
      color={LEVEL_HEX[level]}
      variant={level === 'below' ? 'light' : 'filled'}
      style={WHOLE}
      data-level={level}
    >
      {t(`level.${level}`)}
    </Badge>
  );
}
