// Errors the repositories throw for conditions the caller must tell the user about.

/** A unique value is taken (an organisation name in a project, a user's email, a slug). */
export class DuplicateError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
    this.name = 'DuplicateError';
  }
}

/** A referenced record is not in the project (an organisation id in a visit, say). */
export class MissingReferenceError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
    this.name = 'MissingReferenceError';
  }
}

/** PostgreSQL's unique_violation, from either driver. */
export function isUniqueViolation(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; current && depth < 4; depth += 1) {
    if (
      typeof current === 'object' &&
      'code' in current &&
      (current as { code: unknown }).code === '23505'
    )
      return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}
