// The phone's back camera as a QR reader: getUserMedia with facingMode 'environment', a frame
// drawn to a canvas and decoded with jsQR every 200 ms. The camera stops when the page goes.

import jsQR from 'jsqr';
import { useEffect, useRef, useState, type RefObject } from 'react';
import { cameraProblemBefore, cameraProblemOf, type CameraProblem } from './cameraProblem';

export type CameraState = 'off' | 'starting' | 'on' | CameraProblem;

/** How often a frame is decoded: fast enough to feel instant, light on a phone's battery. */
const FRAME_MS = 200;
/** Frames are scaled down to this width before decoding (a ticket's QR code fills the view). */
const DECODE_WIDTH = 640;

function stopTracks(stream: MediaStream) {
  for (const track of stream.getTracks()) track.stop();
}

/**
 * Reads QR codes from the camera into `onText`, once it is started. `state` says whether the
 * camera runs or why it cannot ('insecure', 'denied', 'none', ...): the page keeps its search.
 */
export function useQrScanner(
  video: RefObject<HTMLVideoElement | null>,
  onText: (text: string) => void,
) {
  const problem = cameraProblemBefore(window.isSecureContext, navigator.mediaDevices);
  // Each start is a new attempt; 0 is off. The page starts the camera when it opens.
  const [attempt, setAttempt] = useState(problem ? 0 : 1);
  const [report, setReport] = useState<{ attempt: number; state: CameraState } | null>(null);
  const onTextRef = useRef(onText);
  useEffect(() => {
    onTextRef.current = onText;
  }, [onText]);

  useEffect(() => {
    if (attempt === 0 || problem) return;
    let stopped = false;
    let stream: MediaStream | null = null;
    let timer: ReturnType<typeof setInterval> | undefined;
    const canvas = document.createElement('canvas');
    const context = canvas.getContext('2d', { willReadFrequently: true });
    const element = video.current;

    const decodeFrame = () => {
      if (!element || !context || element.readyState < element.HAVE_CURRENT_DATA) return;
      const scale = Math.min(1, DECODE_WIDTH / (element.videoWidth || DECODE_WIDTH));
      const width = Math.round(element.videoWidth * scale);
      const height = Math.round(element.videoHeight * scale);
      if (width === 0 || height === 0) return;
      canvas.width = width;
      canvas.height = height;
      context.drawImage(element, 0, 0, width, height);
      const code = jsQR(context.getImageData(0, 0, width, height).data, width, height, {
        inversionAttempts: 'dontInvert',
      });
      if (code?.data) onTextRef.current(code.data);
    };

    navigator.mediaDevices
      .getUserMedia({ video: { facingMode: 'environment' }, audio: false })
      .then(async (granted) => {
        if (stopped || !element) return stopTracks(granted);
        stream = granted;
        element.srcObject = granted;
        await element.play();
        if (stopped) return;
        setReport({ attempt, state: 'on' });
        timer = setInterval(decodeFrame, FRAME_MS);
      })
      .catch((error: unknown) => {
        if (!stopped) setReport({ attempt, state: cameraProblemOf(error) });
      });

    return () => {
      stopped = true;
      clearInterval(timer);
      if (stream) stopTracks(stream);
      if (element) element.srcObject = null;
    };
  }, [attempt, problem, video]);

  const state: CameraState =
    problem ?? (attempt === 0 ? 'off' : report?.attempt === attempt ? report.state : 'starting');
  return {
    state,
    start: () => setAttempt((current) => current + 1),
    stop: () => setAttempt(0),
  };
}
