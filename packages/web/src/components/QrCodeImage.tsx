// A QR code drawn in the browser (tickets and personal links exist only as hashes on the server),
// shown as an image, with a PNG download when a file name is given.

import { Anchor, Image, Stack } from '@mantine/core';
import { toDataURL } from 'qrcode';
import { useEffect, useState } from 'react';
import { fileNameOf } from '../pages/statistics/charts/downloadFile';

export function QrCodeImage({
  url,
  size,
  alt,
  download,
  testId,
}: {
  url: string;
  /** Shown size in CSS pixels; the image is drawn at 4x so it prints sharp. */
  size: number;
  alt: string;
  /** A download link under the image: the file name (made safe, `-qr.png` added) and its text. */
  download?: { name: string; label: string };
  testId?: string;
}) {
  const [image, setImage] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
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
      <Image src={image} w={size} h={size} alt={alt} data-testid={testId} data-url={url} />
      {download && (
        <Anchor href={image} download={`${fileNameOf(download.name)}-qr.png`} size="xs">
          {download.label}
        </Anchor>
      )}
    </Stack>
  );
}
