/**
 * Tagger benchmark: our token-trie tagger against one regex per alias and against
 * modern-ahocorasick, on the same real listing text with the full taxonomy; then our tagger with
 * the taxonomy at 1× and 4× its size (4× = three synthetic copies of every alias, spelled so that
 * they never match, which grows the index without changing the answer). Ratios are measured in
 * one run, so the machine's speed cancels out.
 */

import { type AliasedTaxonomy, aliasedTaxonomy } from '../lib/skills/aliased-taxonomy';
import { buildIndex } from '../lib/skills/index-build';
import { findMatches } from '../lib/skills/match';
import { shippedIndexes } from '../lib/skills/shipped-index';
import { createTagger } from '../lib/skills/tagger';
import { taxonomy } from '../lib/skills/taxonomy';
import { tokenize } from '../lib/skills/tokens';
import type { AliasedEntry } from '../lib/skills/types';
import { ahoCorasick, allAliases, regexPerAlias } from './baselines';
import { type CorpusDoc, loadCorpus } from './corpus';

export interface TaggerBenchResult {
  docs: number;
  chars: number;
  aliases: number;
  ms: {
    ours: number;
    regex: number;
    ahoCorasick: number;
    ours4x: number;
    bare: number;
    /** Cutting the text into stemmed tokens and walking the alias trie: the matching alone. */
    matching: number;
  };
  vsRegex: number;
  vsAhoCorasick: number;
  scale4x: number;
  /** Our time over a bare pass on the same text (lower-casing and one loop over the characters). */
  vsBarePass: number;
  /** The matching alone (tokens and trie walk, no zones, rules or confidence) over the bare pass. */
  matchingVsBarePass: number;
}

/**
 * Median wall time of one pass of each function, measured in rotating turns after two warm-up
 * passes each, so that JIT warm-up and GC pauses fall on all of them alike.
 */
export function timeInTurns(rounds: number, fns: readonly (() => void)[]): number[] {
  for (const fn of fns) {
    fn();
    fn();
  }
  const samples: number[][] = fns.map(() => []);
  for (let r = 0; r < rounds; r++) {
    // Rotate who goes first, so the garbage one leaves behind is collected during each in turn.
    for (let i = 0; i < fns.length; i++) {
      const k = (r + i) % fns.length;
      const t0 = performance.now();
      fns[k]?.();
      samples[k]?.push(performance.now() - t0);
    }
  }
  return samples.map((s) => s.sort((a, b) => a - b)[Math.floor(s.length / 2)] as number);
}

/** "react" → "reactqb": a token no text contains, so the copy grows the index but never matches. */
function mangle(alias: string, copy: number): string {
  return alias.replace(/[A-Za-z]+/, (word) => `${word}q${String.fromCharCode(97 + copy)}`);
}

export function scaledTaxonomy(tax: AliasedTaxonomy, factor: number): AliasedTaxonomy {
  const extra: AliasedEntry[] = [];
  for (let copy = 1; copy < factor; copy++) {
    for (const e of tax.entries) {
      if (e.hidden) continue;
      extra.push({
        ...e,
        id: `${e.id}-synthetic-${copy}`,
        name: mangle(e.name, copy),
        aliases: e.aliases.map((a) => mangle(a, copy)),
        ambiguity: e.ambiguity && { ...e.ambiguity, forms: e.ambiguity.forms.map((f) => mangle(f, copy)) },
        implies: [],
      });
    }
  }
  return { ...tax, entries: [...tax.entries, ...extra] };
}

export function runTaggerBench(rounds = 9, corpus: readonly CorpusDoc[] = loadCorpus()): TaggerBenchResult {
  const tax = aliasedTaxonomy();
  const aliases = allAliases(tax);
  const texts = corpus.map((d) => `${d.title}\n${d.description}`);
  // The tagger as it ships: the taxonomy's indexes from the keys cut ahead of time.
  const ours = createTagger(taxonomy(), shippedIndexes());
  // The scaled taxonomy's indexes are built at run time, so its 1× is too.
  const built1x = createTagger(tax);
  const ours4x = createTagger(scaledTaxonomy(tax, 4));
  const regex = regexPerAlias(aliases);
  const ac = ahoCorasick(aliases);
  let sink = 0;
  const runOurs = (): void => {
    for (const d of corpus) sink += ours.tag(d).length;
  };
  const runBuilt1x = (): void => {
    for (const d of corpus) sink += built1x.tag(d).length;
  };
  const runOurs4x = (): void => {
    for (const d of corpus) sink += ours4x.tag(d).length;
  };
  const runAc = (): void => {
    for (const t of texts) sink += ac(t).size;
  };
  // The physical limit's stand-in: every character lower-cased and looked at once, nothing matched.
  const runBare = (): void => {
    for (const d of corpus) {
      const text = `${d.title}\n${d.description}`.toLowerCase();
      for (let i = 0; i < text.length; i++) sink += text.charCodeAt(i) & 1;
    }
  };
  const index = buildIndex(tax, (e) => !e.hidden);
  const runMatching = (): void => {
    for (const t of texts) sink += findMatches(index, tokenize(t), t).length;
  };
  const runRegex = (): void => {
    for (const t of texts) sink += regex(t).size;
  };
  // Each ratio from its own pair of alternating runs, so one baseline's garbage does not tax
  // the other comparisons.
  const [oursMs = 0, built1xMs = 0, ours4xMs = 0] = timeInTurns(rounds, [runOurs, runBuilt1x, runOurs4x]);
  const [oursVsAcMs = 0, acMs = 0] = timeInTurns(rounds, [runOurs, runAc]);
  const [oursVsBareMs = 0, bareMs = 0, matchingMs = 0] = timeInTurns(rounds, [runOurs, runBare, runMatching]);
  // The regex baseline takes seconds per pass: fewer turns.
  const [oursVsRegexMs = 0, regexMs = 0] = timeInTurns(Math.max(2, Math.ceil(rounds / 3)), [
    runOurs,
    runRegex,
  ]);
  const ms = {
    ours: oursMs,
    regex: regexMs,
    ahoCorasick: acMs,
    ours4x: ours4xMs,
    bare: bareMs,
    matching: matchingMs,
  };
  if (sink < 0) console.log(sink); // keeps the work observable so it is not optimised away
  return {
    docs: corpus.length,
    chars: texts.reduce((n, t) => n + t.length, 0),
    aliases: aliases.length,
    ms,
    vsRegex: regexMs / oursVsRegexMs,
    vsAhoCorasick: acMs / oursVsAcMs,
    scale4x: ms.ours4x / built1xMs,
    vsBarePass: oursVsBareMs / bareMs,
    matchingVsBarePass: matchingMs / bareMs,
  };
}

export function formatTaggerBench(r: TaggerBenchResult): string {
  const f = (n: number): string => n.toFixed(2);
  const mbps = (ms: number): string => (r.chars / 1e6 / (ms / 1000)).toFixed(1);
  return [
    `tagger: ${r.docs} listings, ${(r.chars / 1000).toFixed(0)} k chars, ${r.aliases} aliases`,
    `  ours (token trie)      ${f(r.ms.ours)} ms/pass  ${mbps(r.ms.ours)} MB/s`,
    `  one regex per alias    ${f(r.ms.regex)} ms/pass  ${mbps(r.ms.regex)} MB/s  → ours is ${f(r.vsRegex)}× faster`,
    `  modern-ahocorasick     ${f(r.ms.ahoCorasick)} ms/pass  ${mbps(r.ms.ahoCorasick)} MB/s  → ours is ${f(r.vsAhoCorasick)}× faster`,
    `  ours, taxonomy at 4×   ${f(r.ms.ours4x)} ms/pass  → time 4× / 1× = ${f(r.scale4x)}`,
    `  bare pass (lower-case, one loop over the characters) ${f(r.ms.bare)} ms/pass  ${mbps(r.ms.bare)} MB/s  → ours takes ${f(r.vsBarePass)}× as long`,
    `    of which the matching alone (tokens, stems, trie walk; no zones, rules or confidence) ${f(r.ms.matching)} ms/pass → ${f(r.matchingVsBarePass)}× the bare pass`,
  ].join('\n');
}
