// Where to go after signing in: only a path of this app, never another site.

/** `next` when it is a local path ("/p/x"); "/" otherwise ("//evil.example", "https://..."). */
export function safeNext(next: string | null | undefined): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/';
  return next;
}
