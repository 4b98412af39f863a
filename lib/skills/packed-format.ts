/**
 * Layout of the generated taxonomy string, shared by the build script (which writes it) and
 * `taxonomy.ts` (which reads it). One line per entry, `|` between fields, `;` inside lists. The
 * aliases are a list of their own, a line per entry (`aliases.generated.ts`).
 */
export const FIELDS = [
  'id',
  'name',
  'beginner',
  'ambiguous',
  'context',
  'notBefore',
  'prerequisites',
  'related',
  'implies',
  'flags',
] as const;

/**
 * Letters of the `flags` field: `u` an umbrella skill ("Web Development"), `d` knowledge of a field
 * or industry ("Real Estate"), `l` a marketplace label
 * only (its name is never looked for in listing text), `i` imported from a marketplace or O*NET
 * rather than hand-curated, `n` a product's name (listings write it capitalised: "Slack",
 * "Salesforce", "Monday.com").
 */
export const FLAG = { umbrella: 'u', domain: 'd', labelOnly: 'l', imported: 'i', name: 'n' } as const;

/** Category written for hidden concepts (~website), which rules use but users never see. */
export const HIDDEN_CATEGORY = '-';

/**
 * The id an entry gets from its name when the packed line leaves the id empty: most ids are
 * just the name in kebab case ("Graphic Design" → graphic-design), and storing them twice
 * would cost kilobytes in the content script.
 */
export function slugOf(name: string): string {
  return name
    .toLowerCase()
    .replace(/\+/g, 'p')
    .replace(/#/g, 'sharp')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** A line starting with this marker opens a category section; entries below belong to it. */
export const SECTION_MARK = '@';

/** A rule's window field when its terms may stand anywhere in the listing. */
export const ANYWHERE = 'a';
/** A rule's window field when its terms must stand in the title. */
export const IN_TITLE = 't';
