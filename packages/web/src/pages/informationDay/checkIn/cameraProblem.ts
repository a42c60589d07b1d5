// Why the camera cannot be used, from the browser's refusal, so the page can say it plainly.

export type CameraProblem = 'insecure' | 'unsupported' | 'denied' | 'none' | 'busy' | 'error';

/**
 * The problem before asking: a camera needs a secure origin (https or localhost) and a browser
 * with getUserMedia; null when the browser may be asked.
 */
export function cameraProblemBefore(
  secureContext: boolean,
  mediaDevices: { getUserMedia?: unknown } | undefined,
): CameraProblem | null {
  if (!secureContext) return 'insecure';
  if (typeof mediaDevices?.getUserMedia !== 'function') return 'unsupported';
  return null;
}

/** The problem a getUserMedia rejection names (DOMException names of the Media Capture spec). */
export function cameraProblemOf(error: unknown): CameraProblem {
  const name = typeof error === 'object' && error !== null && 'name' in error ? error.name : '';
  switch (name) {
    case 'NotAllowedError':
    case 'SecurityError':
    case 'PermissionDeniedError':
      return 'denied';
    case 'NotFoundError':
    case 'DevicesNotFoundError':
    case 'OverconstrainedError':
      return 'none';
    case 'NotReadableError':
    case 'TrackStartError':
      return 'busy';
    default:
      return 'error';
  }
}
