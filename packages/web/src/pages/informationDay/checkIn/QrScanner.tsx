// The camera view of the check-in page with its state in words: running, starting, or why there
// is no camera (insecure address, refused, none, in use), and a button to stop or start it.

import { Alert, AspectRatio, Box, Button, Group, Stack, Text } from '@mantine/core';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useQrScanner } from './useQrScanner';

export function QrScanner({ onText }: { onText: (text: string) => void }) {
  const { t } = useTranslation('informationDay');
  const video = useRef<HTMLVideoElement>(null);
  const camera = useQrScanner(video, onText);
  const running = camera.state === 'on' || camera.state === 'starting';
  const cannot = !running && camera.state !== 'off';

  return (
    <Stack gap="xs" data-testid="checkin-camera" data-state={camera.state}>
      <Box
        display={running ? 'block' : 'none'}
        bg="dark.8"
        style={{ borderRadius: 'var(--mantine-radius-md)', overflow: 'hidden' }}
      >
        <AspectRatio ratio={4 / 3} mah={360}>
          <video
            ref={video}
            muted
            playsInline
            aria-label={t('checkIn.cameraLabel')}
            style={{ objectFit: 'cover', width: '100%', height: '100%' }}
          />
        </AspectRatio>
      </Box>
      {camera.state === 'starting' && (
        <Text size="sm" c="dimmed">
          {t('checkIn.cameraStarting')}
        </Text>
      )}
      {camera.state === 'on' && (
        <Text size="sm" c="dimmed">
          {t('checkIn.cameraHint')}
        </Text>
      )}
      {cannot && (
        <Alert color="yellow" p="xs" data-testid="checkin-no-camera">
          {t(`checkIn.camera.${camera.state}`)} {t('checkIn.useSearch')}
        </Alert>
      )}
      <Group>
        {running ? (
          <Button
            size="xs"
            variant="default"
            onClick={camera.stop}
            data-testid="checkin-camera-stop"
          >
            {t('checkIn.stopCamera')}
          </Button>
        ) : (
          camera.state !== 'insecure' &&
          camera.state !== 'unsupported' && (
            <Button
              size="xs"
              variant="light"
              onClick={camera.start}
              data-testid="checkin-camera-start"
            >
              {t('checkIn.startCamera')}
            </Button>
          )
        )}
      </Group>
    </Stack>
  );
}
