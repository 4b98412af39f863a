/**
 * How a browser turns an entry of `_locales/<language>/messages.json` into the words
 * `i18n.getMessage` returns: the message's named placeholders (`$count$`) stand for their content
 * (`$1`), then `$1`…`$9` take the substitutions and `$$` is a dollar sign. The tests and scripts
 * read the catalogues with these rules (scripts/lib/catalog.ts), and so does the content script's
 * own copy of its words (lib/extension/content-words.ts); an e2e test holds them to the browser's.
 */

/** One entry of a catalogue, as the file holds it. */
export interface CatalogueEntry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}

/** The message with its placeholders replaced by their content (`$count$` → `$1`). */
export function expanded(entry: CatalogueEntry): string {
  const placeholders = new Map(
    Object.entries(entry.placeholders ?? {}).map(([name, p]) => [name.toLowerCase(), p.content]),
  );
  return entry.message.replace(
    /\$([a-z0-9_@]+)\$/gi,
    (whole, name: string) => placeholders.get(name.toLowerCase()) ?? whole,
  );
}

/** An expanded message with `$1`…`$9` given (a missing one is empty) and `$$` as `$`. */
export function substitute(message: string, substitutions: readonly string[]): string {
  return message.replace(/\$(\d)|\$\$/g, (_whole, n: string | undefined) =>
    n === undefined ? '$' : (substitutions[Number(n) - 1] ?? ''),
  );
}
