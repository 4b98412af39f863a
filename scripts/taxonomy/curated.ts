/** Parser for the hand-curated taxonomy files (`scripts/taxonomy/*.txt`; format in web-dev.txt). */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface SourceEntry {
  id: string;
  name: string;
  /** Category id, or "-" for a hidden concept. */
  category: string;
  beginner: number | undefined;
  aliases: string[];
  ambiguous: string[];
  context: string[];
  notBefore: string[];
  prerequisites: string[];
  related: string[];
  implies: string[];
  /** A broad area ("Web Development"): shown only when nothing more specific of its category is. */
  umbrella: boolean;
  /** Knowledge of a field or industry ("Real Estate", "Healthcare"), named only when a job is about it. */
  domain: boolean;
  /** Only a marketplace label: its name is never looked for in listing text ("Strategy", "Game"). */
  labelOnly: boolean;
  /** Came from a marketplace's names or O*NET rather than the hand-curated files. */
  imported: boolean;
  /** The skill this one is a kind of ("On-Page SEO" → SEO): set by the build (broader.ts). */
  broader?: string;
  /** Listings write the name capitalised, as a product's name ("Slack"): set by the build from word use. */
  productName: boolean;
  /** Where the entry came from, for error messages and the README's credits. */
  origin: string;
}

/** An entry with nothing but its identity: the fields each source fills in come after. */
export function blankEntry(id: string, name: string, category: string, origin: string): SourceEntry {
  return {
    id,
    name,
    category,
    beginner: undefined,
    aliases: [],
    ambiguous: [],
    context: [],
    notBefore: [],
    prerequisites: [],
    related: [],
    implies: [],
    umbrella: false,
    domain: false,
    labelOnly: false,
    imported: false,
    productName: false,
    origin,
  };
}

const splitList = (value: string, sep: RegExp): string[] =>
  value
    .split(sep)
    .map((s) => s.trim())
    .filter(Boolean);

export function parseCuratedFile(path: string, text: string): SourceEntry[] {
  const out: SourceEntry[] = [];
  let category = '';
  text.split('\n').forEach((rawLine, lineNo) => {
    const line = rawLine.trim();
    if (!line || line.startsWith('#')) return;
    const where = `${path}:${lineNo + 1}`;
    if (line.startsWith('@')) {
      category = line.slice(1).trim();
      return;
    }
    if (!category) throw new Error(`${where}: entry before any @category line`);
    const [id = '', name = '', aliases = '', ...rest] = line.split('|').map((f) => f.trim());
    if (!/^~?[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) throw new Error(`${where}: bad id "${id}"`);
    if (!name) throw new Error(`${where}: missing name`);
    const entry: SourceEntry = { ...blankEntry(id, name, category, where), aliases: splitList(aliases, /,/) };
    for (const field of rest) {
      const eq = field.indexOf('=');
      const key = field.slice(0, eq);
      const value = field.slice(eq + 1);
      if (key === 'b') entry.beginner = Number(value);
      else if (key === 'amb') entry.ambiguous = splitList(value, /,/);
      else if (key === 'ctx') entry.context = splitList(value, /\s+/);
      else if (key === 'not') entry.notBefore = splitList(value, /\s+/);
      else if (key === 'pre') entry.prerequisites = splitList(value, /\s+/);
      else if (key === 'rel') entry.related = splitList(value, /\s+/);
      else if (key === 'imp') entry.implies = splitList(value, /\s+/);
      else if (key === 'u') entry.umbrella = value === '1';
      else if (key === 'd') entry.domain = value === '1';
      else throw new Error(`${where}: unknown field "${field}"`);
    }
    if (entry.beginner !== undefined && !(entry.beginner >= 0 && entry.beginner <= 9)) {
      throw new Error(`${where}: b= must be 0..9`);
    }
    out.push(entry);
  });
  return out;
}

/** Every `*.txt` in the folder, in name order so the output is stable. */
export function readCurated(dir: string): SourceEntry[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .flatMap((f) => parseCuratedFile(f, readFileSync(join(dir, f), 'utf8')));
}

export interface SourceRule {
  when: string[];
  gives: string[];
  unless: string[];
  within: number | undefined;
  /** The terms may stand anywhere in the listing, not only in one sentence. */
  anywhere: boolean;
  /** The terms must stand in the title. */
  inTitle: boolean;
  origin: string;
}

/** `rules.rules`: `a b => x y [unless z] [within N | anywhere | in title]`, one per line. */
export function parseRules(path: string, text: string): SourceRule[] {
  const out: SourceRule[] = [];
  text.split('\n').forEach((rawLine, lineNo) => {
    const line = rawLine.replace(/#.*$/, '').trim();
    if (!line) return;
    const where = `${path}:${lineNo + 1}`;
    const m = /^(.+?)=>(.+?)(?:\bunless\b(.+?))?(?:\bwithin\s+(\d+)|\b(anywhere|in title))?$/.exec(line);
    if (!m) throw new Error(`${where}: expected "a b => x y [unless z] [within N | anywhere | in title]"`);
    out.push({
      when: splitList(m[1] ?? '', /\s+/),
      gives: splitList(m[2] ?? '', /\s+/),
      unless: splitList(m[3] ?? '', /\s+/),
      within: m[4] ? Number(m[4]) : undefined,
      anywhere: m[5] === 'anywhere',
      inTitle: m[5] === 'in title',
      origin: where,
    });
  });
  return out;
}
