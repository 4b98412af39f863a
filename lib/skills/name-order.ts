/**
 * The order of skill names among equally confident skills, without a collator: the first
 * `localeCompare` of a Chromium page or worker loads the browser's collation data (6.5–14 ms in a
 * fresh page on this machine), which a restarted worker paid in its first tagging. For names
 * of printable ASCII, which every skill name is, this gives the default collation's order (the
 * root order of CLDR, as `Intl.Collator('en')` sorts: tests/unit/skills/name-order.test.ts), one
 * character at a time; any other character is left to `localeCompare`.
 */

/** Printable ASCII in the default collation's order; a capital sorts with its small letter. */
const ORDER = ` _-,;:!?.'"()[]{}@*/\\&#%\`^+<=>|~$0123456789abcdefghijklmnopqrstuvwxyz`;

/** Each ASCII code's place in `ORDER` (-1: none), made on first use rather than when the module loads. */
let ranks: Int8Array | undefined;

function rank(code: number): number {
  if (!ranks) {
    ranks = new Int8Array(128).fill(-1);
    for (let i = 0; i < ORDER.length; i++) ranks[ORDER.charCodeAt(i)] = i;
    for (let c = 65; c <= 90; c++) ranks[c] = ranks[c + 32] as number;
  }
  return code < 128 ? (ranks[code] as number) : -1;
}

const isUpper = (code: number): boolean => code >= 65 && code <= 90;

export function compareNames(a: string, b: string): number {
  const shorter = Math.min(a.length, b.length);
  for (let i = 0; i < shorter; i++) {
    const x = rank(a.charCodeAt(i));
    const y = rank(b.charCodeAt(i));
    if (x < 0 || y < 0) return a.localeCompare(b);
    if (x !== y) return x - y;
  }
  // The rest of the longer name may hold what only the collator orders.
  const longer = a.length > b.length ? a : b;
  for (let i = shorter; i < longer.length; i++) if (rank(longer.charCodeAt(i)) < 0) return a.localeCompare(b);
  if (a.length !== b.length) return a.length - b.length;
  // The same letters: small before capital at the first difference, as the collation's last level.
  for (let i = 0; i < a.length; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) return isUpper(x) ? 1 : -1;
  }
  return 0;
}
