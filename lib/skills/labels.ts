/**
 * Marketplace label normalisation: the skill names Upwork, Freelancer & co. print ("C#
 * Programming", "jQuery / Prototype", "Angular.js", "Make.com") → taxonomy ids.
 */
import { aliasKeys, LABEL_ONLY } from './alias-index';
import type { AliasedTaxonomy } from './aliased-taxonomy';
import { type LabelLookup, shippedIndexes } from './shipped-index';
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

/** Every spelling of every skill's names, cut as the index cuts them, to the skill it names. */
export function buildLabelMap(tax: Pick<AliasedTaxonomy, 'entries'>): Map<string, SkillId> {
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

/** Vendors a marketplace prints before a product ("Amazon QuickSight", "Oracle Accounting"). */
const VENDOR =
  /^(?:amazon|aws|google|microsoft|ms|adobe|oracle|ibm|apple|autodesk|salesforce|azure|sap|zoho|meta|atlassian|intuit)\s+/i;

/**
 * Fields a name can narrow without leaving ("Academic Editing" is editing, "Pricing Research"
 * research): when nothing else resolves, the label resolves to its field.
 */
const FIELD_NOUNS = new Set(
  [
    'editing',
    'writing',
    'research',
    'design',
    'marketing',
    'translation',
    'photography',
    'animation',
    'illustration',
    'accounting',
    'analysis',
    'analytics',
    'consulting',
    'engineering',
    'tutoring',
    'coaching',
    'transcription',
    'proofreading',
    'copywriting',
    'modeling',
    'modelling',
    'testing',
    'management',
    'development',
    'administration',
    'support',
  ].map(normKey),
);

/** A label resolver over a label map (`buildLabelMap`, or the shipped one): the shipped taxonomy's is `resolveLabel`. */
export function createLabelResolver(labelMap: LabelLookup): (label: string) => SkillId | undefined {
  const resolve = (label: string): SkillId | undefined => {
    const whole = lookup(labelMap, label);
    if (whole) return whole;
    // "Augmented Reality (AR)": the name without its parenthesis, else what the parenthesis says.
    const paren = /^(.*?)\s*\(([^)]*)\)\s*$/.exec(label);
    if (paren) return lookup(labelMap, paren[1] as string) ?? lookup(labelMap, paren[2] as string);
    // "jQuery / Prototype", "LESS/Sass/SCSS", "NoSQL Couch & Mongo": the first part that resolves.
    for (const part of label.split(/\s*[/&,|]\s*|\s+and\s+/i)) {
      if (part === label) continue;
      const id = lookup(labelMap, part);
      if (id) return id;
    }
    const unvendored = label.replace(VENDOR, '');
    if (unvendored !== label && unvendored.length > 2) {
      const id = lookup(labelMap, unvendored);
      if (id) return id;
    }
    return fieldOf(labelMap, label);
  };
  return resolve;
}

/** "Academic Editing" → Editing: the field a label ends in, when it names one. */
function fieldOf(map: LabelLookup, label: string): SkillId | undefined {
  const tokens = normKey(label).split(' ').filter(Boolean);
  if (tokens.length < 2 || !FIELD_NOUNS.has(tokens.at(-1) as string)) return undefined;
  for (let from = 1; from < tokens.length; from++) {
    const id = map.get(tokens.slice(from).join(' '));
    if (id) return id;
  }
  return undefined;
}

let shared: ((label: string) => SkillId | undefined) | undefined;

/** The taxonomy id a marketplace's skill label names, or undefined when the label is unknown. */
export function resolveLabel(label: string): SkillId | undefined {
  shared ??= createLabelResolver(shippedIndexes().labelMap);
  return shared(label);
}

function lookup(map: LabelLookup, label: string): SkillId | undefined {
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
