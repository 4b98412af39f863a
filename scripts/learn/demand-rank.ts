/**
 * The most in-demand skills in the labelled job data (../shared/data/labelled), for the coverage
 * of the learning resources: per skill, how many listings ask for it. A listing counts once per
 * skill. Sources: the skill names marketplaces print beside a listing (Upwork job pages, search
 * tiles and RSS items, Freelancer tags), resolved to skills; and for the files that print none
 * (Fiverr gig titles, PeoplePerHour titles, which carry the writing, design, marketing and admin
 * work the Upwork searches under-sample), the skills the tagger is confident a title asks for.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { confidentSkills, getSkill, resolveLabel, tagText } from '../../lib/skills';
import { pythonListItems, UPWORK_JOB_PAGES } from '../taxonomy/marketplace-sources';

const csv = (path: string, delimiter = ','): Record<string, string>[] =>
  Papa.parse<Record<string, string>>(readFileSync(path, 'utf8'), {
    header: true,
    skipEmptyLines: true,
    delimiter,
  }).data;

const commaList = (field: string | undefined): string[] =>
  (field ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s && !/^\+\d+$/.test(s));

export interface RankedSkill {
  id: string;
  listings: number;
}

/** Listings per skill id over the labelled files, most asked for first (ties by id). */
export function rankDemand(labelledDir: string): { ranked: RankedSkill[]; listings: number } {
  const lists: string[][] = [];
  const labels = (names: string[]): string[] =>
    names.map((n) => resolveLabel(n)).filter((id): id is string => id !== undefined);
  const tagged = (title: string): string[] => confidentSkills(tagText({ title })).map((s) => s.id);
  for (const r of csv(join(labelledDir, UPWORK_JOB_PAGES)))
    lists.push(labels(pythonListItems(r.skills ?? '')));
  for (const r of csv(join(labelledDir, 'upwork-tiles-2025-01.csv'))) lists.push(labels(commaList(r.Skills)));
  for (const r of csv(join(labelledDir, 'upwork-rss-2024-06.csv'))) lists.push(labels(commaList(r.skills)));
  for (const r of csv(join(labelledDir, 'freelancer-jobs-2020.csv'))) lists.push(labels(commaList(r.tags)));
  for (const r of csv(join(labelledDir, 'fiverr-gigs-2023.csv'), ';'))
    lists.push(tagged((r.title ?? '').replace(/^I will /i, '')));
  for (const r of csv(join(labelledDir, 'peopleperhour-jobs-2020.csv'))) lists.push(tagged(r.title ?? ''));
  const counts = new Map<string, number>();
  for (const list of lists)
    for (const id of new Set(list)) if (getSkill(id)) counts.set(id, (counts.get(id) ?? 0) + 1);
  const ranked = [...counts]
    .map(([id, listings]) => ({ id, listings }))
    .sort((a, b) => b.listings - a.listings || a.id.localeCompare(b.id));
  return { ranked, listings: lists.filter((l) => l.length > 0).length };
}
