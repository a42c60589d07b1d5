// A personal link's QR code, drawn in the browser (the server keeps only the token's hash, so it
// cannot draw it), as an image with a download.

import { Anchor, Image, Stack } from '@mantine/core';
import { toDataURL } from 'qrcode';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fileNameOf } from '../../../statistics/charts/downloadFile';

export function LinkQrCode({ url, name, size = 96 }: { url: string; name: string; size?: number }) {
  const { t } = useTranslation('questionnaires');
  const [image, setImage] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    // 4x the shown size so the downloaded image prints sharp.
    void toDataURL(url, { margin: 1, width: size * 4, errorCorrectionLevel: 'M' }).then(
      (data) => current && setImage(data),
    );
    return () => {
      current = false;
    };
  }, [url, size]);

  if (!image) return null;
  return (
    <Stack gap={2} align="center">
      <Image src={image} w={size} h={size} alt={t('distribution.qrAlt', { name })} />
      <Anchor href={image} download={`${fileNameOf(name)}-qr.png`} size="xs">
        {t('distribution.downloadQr')}
      </Anchor>
    </Stack>
  );
}
