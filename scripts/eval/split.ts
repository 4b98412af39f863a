/**
 * The hash the evaluation and build scripts split rows with: FNV-1a, the same on every machine
 * and in every run, so a held-out row stays held out.
 */
export function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (const ch of text) {
    h ^= ch.codePointAt(0) ?? 0;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}
