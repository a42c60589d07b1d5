// Texts given several times, each once with how often: the "other" answers of a choice question.

import { Badge, Group, List, Text } from '@mantine/core';

export function CountedTexts({
  title,
  texts,
}: {
  title: string;
  texts: readonly { text: string; count: number }[];
}) {
  return (
    <div>
      <Text size="sm" fw={600} mb={4}>
        {title}
      </Text>
      <List size="sm" spacing={2} data-testid="other-texts">
        {texts.map(({ text, count }) => (
          <List.Item key={text}>
            <Group gap={6} wrap="nowrap" align="flex-start">
              <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                {text}
              </Text>
              {count > 1 && (
                <Badge size="xs" variant="light">
                  ×{count}
                </Badge>
              )}
            </Group>
          </List.Item>
        ))}
      </List>
    </div>
  );
}
