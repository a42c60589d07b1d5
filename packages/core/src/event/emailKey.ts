// The key that makes one registration per email address and event: "Ayşe@Firm.example " and
// "ayse@firm.example" are not the same key, but "Ayse@Firm.example " and "ayse@firm.example" are.

/**
 * The email trimmed and lower-cased (locale-independent, so a Turkish dotted İ is not folded to a
 * plain i: mail servers treat the local part as typed, and only case is ignored in practice).
 */
export function emailKey(email: string): string {
  return email.trim().toLowerCase();
}
