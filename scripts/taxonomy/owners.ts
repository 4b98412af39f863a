/**
 * Who owns each spelling while the taxonomy is assembled from several sources: the first entry
 * to claim a normalised form keeps it, so curated skills win over imported ones, and the shipped
 * file never has one spelling naming two skills (the index could not tell them apart).
 */
import { aliasKeys, LABEL_ONLY } from '../../lib/skills/alias-index';
import type { SourceEntry } from './curated';

/** The index keys of a form ("React.js" → "react . js", "react js", "reactjs"). */
export const keysOf = (form: string): string[] =>
  aliasKeys(form.startsWith(LABEL_ONLY) ? form.slice(1) : form).map((k) => k.join(' '));

export class Owners {
  private readonly owner = new Map<string, string>();

  /** The id owning `form`, if any spelling variant of it is claimed. */
  of(form: string): string | undefined {
    for (const key of keysOf(form)) {
      const id = this.owner.get(key);
      if (id) return id;
    }
    return undefined;
  }

  /** True when no variant of `form` is owned by an entry other than `id`. */
  free(form: string, id?: string): boolean {
    return keysOf(form).every((k) => {
      const o = this.owner.get(k);
      return o === undefined || o === id;
    });
  }

  /** Claims every variant of `form` for `id`; returns the clashes with other owners. */
  claim(form: string, id: string): string[] {
    const clashes: string[] = [];
    for (const key of keysOf(form)) {
      const prev = this.owner.get(key);
      if (prev && prev !== id) clashes.push(`"${form}" (${key}) in ${id} and ${prev}`);
      else this.owner.set(key, id);
    }
    return clashes;
  }

  /** Claims all forms of an entry (name, aliases, ambiguous forms). */
  claimEntry(entry: SourceEntry): string[] {
    return [entry.name, ...entry.aliases, ...entry.ambiguous].flatMap((f) => this.claim(f, entry.id));
  }

  /**
   * Adds `form` to `entry` as an alias when no other entry owns it; label-only ("=Name") unless
   * `inText`. Returns false when another entry owns it.
   */
  addAlias(entry: SourceEntry, form: string, inText: boolean): boolean {
    const clean = form.trim();
    if (!clean || !this.free(clean, entry.id)) return false;
    if (this.of(clean) === entry.id) return true;
    entry.aliases.push(inText ? clean : `${LABEL_ONLY}${clean}`);
    this.claim(clean, entry.id);
    return true;
  }
}
