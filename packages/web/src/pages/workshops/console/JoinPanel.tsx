// How participants join: the code in big letters, the QR code of the join address and the address
// itself. The console and the projector show it; the projector larger.

import { Group, Image, Stack, Text } from '@mantine/core';
import { toDataURL } from 'qrcode';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** The address a phone opens: `${origin}/w/${code}`. */
export const joinUrl = (code: string) => `${location.origin}/w/${encodeURIComponent(code)}`;

export function JoinPanel({ code, large = false }: { code: string; large?: boolean }) {
  const { t } = useTranslation('workshops');
  const url = joinUrl(code);
  const size = large ? 260 : 132;
  const [image, setImage] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    void toDataURL(url, { margin: 1, width: size * 3, errorCorrectionLevel: 'M' }).then(
      (data) => current && setImage(data),
    );
    return () => {
      current = false;
    };
  }, [url, size]);

  return (
    <Group gap={large ? 'xl' : 'md'} align="center" wrap="nowrap">
      {image && <Image src={image} w={size} h={size} alt={t('console.qrAlt', { code })} />}
      <Stack gap={2}>
        <Text size={large ? 'xl' : 'sm'} c="dimmed">
          {t('console.joinAt', { address: `${location.host}/w` })}
        </Text>
        <Text
          fw={800}
          ff="monospace"
          fz={large ? 96 : 40}
          lh={1}
          style={{ letterSpacing: '0.08em' }}
          data-testid="workshop-code"
        >
          {code}
        </Text>
        {!large && (
          <Text size="xs" c="dimmed" style={{ wordBreak: 'break-all' }}>
            {url}
          </Text>
        )}
      </Stack>
    </Group>
  );
}
