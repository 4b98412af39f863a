/**
 * Marketplace label normalisation: the skill names Upwork, Freelancer & co. print ("C#
 * Programming", "jQuery / Prototype", "Angular.js", "Make.com") → taxonomy ids.
 */
import { aliasKeys, LABEL_ONLY } from './alias-index';
import { type Taxonomy, taxonomy } from './taxonomy';
import { normKey } from './tokens';
import type { SkillId } from './types';

/** Words marketplaces add to a skill name that do not change the skill. */
const GENERIC_SUFFIXES = new Set(
  [
    'programming',
    'development',
    'developer',
    'framework',
    'expert',
    'software',
    'language',
    'services',
    'service',
  ].map(normKey),
);

function buildLabelMap(tax: Pick<Taxonomy, 'entries'>): Map<string, SkillId> {
  const map = new Map<string, SkillId>();
  const add = (form: string, id: SkillId): void => {
    for (const keys of aliasKeys(form.startsWith(LABEL_ONLY) ? form.slice(1) : form)) {
      const key = keys.join(' ');
      // The first entry to claim a form keeps it: curated skills come before imported ones.
      if (!map.has(key)) map.set(key, id);
    }
  };
  for (const entry of tax.entries) {
    if (entry.hidden) continue;
    for (const form of [entry.name, ...entry.aliases, ...(entry.ambiguity?.forms ?? [])]) add(form, entry.id);
  }
  return map;
}

/** A label resolver over `tax`: the shipped taxonomy's is `resolveLabel`. */
export function createLabelResolver(tax: Pick<Taxonomy, 'entries'>): (label: string) => SkillId | undefined {
  const labelMap = buildLabelMap(tax);
  return (label) => {
    const whole = lookup(labelMap, label);
    if (whole) return whole;
    // "jQuery / Prototype", "LESS/Sass/SCSS", "NoSQL Couch & Mongo": the first part that resolves.
    for (const part of label.split(/\s*[/&,|]\s*|\s+and\s+/i)) {
      if (part === label) continue;
      const id = lookup(labelMap, part);
      if (id) return id;
    }
    return undefined;
  };
}

let shared: ((label: string) => SkillId | undefined) | undefined;

/** The taxonomy id a marketplace's skill label names, or undefined when the label is unknown. */
export function resolveLabel(label: string): SkillId | undefined {
  shared ??= createLabelResolver(taxonomy());
  return shared(label);
}

function lookup(map: ReadonlyMap<string, SkillId>, label: string): SkillId | undefined {
  const tokens = normKey(label).split(' ').filter(Boolean);
  while (tokens.length) {
    const id = map.get(tokens.join(' ')) ?? map.get(tokens.filter((t) => t !== '.').join(' '));
    if (id) return id;
    // "C# Programming" → "C#"; only generic words are dropped, never the skill's own words.
    if (!GENERIC_SUFFIXES.has(tokens.at(-1) as string) || tokens.length === 1) return undefined;
    tokens.pop();
  }
  return undefined;
}
