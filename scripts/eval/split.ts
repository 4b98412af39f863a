/**
 * Which half of a labelled data set a row belongs to. Duplicate posts share a title, so hashing
 * the title keeps them on one side and the held-out half stays unseen.
 */
/** FNV-1a of the lower-cased title: even → tune, odd → held-out. */
export function isTuneRow(title: string): boolean {
  let h = 0x811c9dc5;
  for (const ch of title.toLowerCase().trim()) {
    h ^= ch.codePointAt(0) ?? 0;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h % 2 === 0;
}
