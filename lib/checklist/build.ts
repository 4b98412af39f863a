/**
 * The proposal checklist for one listing: what to mention, answer, attach and respect, a
 * rate to ask, and the steps every good proposal takes. Pure: built from the listing's text,
 * its tags, the user's profile and the demand report, so the popup can rebuild it any time.
 * Item ids are stable (skill id, or a key of the text they quote): the ticks stored under
 * them stay on the right item when the checklist is built again.
 */

import { formatBudget } from '../core/format';
import { type MessageKey, plural, t } from '../core/i18n';
import type { Listing, Tags } from '../core/model';
import type { Profile } from '../core/profile';
import type { DemandReport } from '../demand/report';
import {
  ATTACHMENT,
  type ConstraintKind,
  constraintsIn,
  questionsIn,
  requestedItems,
  sentencesOf,
  textKey,
} from './extract';

export interface ChecklistItem {
  id: string;
  text: string;
  /** Why, or how: shown under the item. */
  detail?: string;
  /** The text is the listing's own (a question, a sample asked for): shown in its language. */
  quoted?: true;
}

export type SectionId = 'skills' | 'questions' | 'attachments' | 'constraints' | 'rate' | 'steps';

export interface ChecklistSection {
  id: SectionId;
  title: string;
  items: ChecklistItem[];
}

export interface ChecklistInput {
  listing: Listing;
  tags: Tags;
  profile: Profile;
  demand?: DemandReport | undefined;
}

const CONSTRAINT_LABEL: Record<ConstraintKind, MessageKey> = {
  screening: 'checkScreening',
  deadline: 'checkDeadline',
  budget: 'checkBudget',
  timezone: 'checkTimezone',
};

/** A sentence that names samples is a request only when it asks to see them. */
const ASKS_TO_SHOW = /\b(?:share|send|attach|include|links? to|show (?:us|me)|prove|provide)\b/i;

const steps = (): ChecklistItem[] => [
  { id: 'step:read-twice', text: t('checkStepReadTwice') },
  { id: 'step:personalise', text: t('checkStepPersonalise'), detail: t('checkStepPersonaliseWhy') },
  { id: 'step:milestone', text: t('checkStepMilestone'), detail: t('checkStepMilestoneWhy') },
  { id: 'step:proofread', text: t('checkStepProofread') },
];

export function buildChecklist({ listing, tags, profile, demand }: ChecklistInput): ChecklistSection[] {
  const sentences = sentencesOf(listing.description);
  const requested = requestedItems(listing.description);
  const asked = unique([...requested.filter((r) => !ATTACHMENT.test(r)), ...questionsIn(sentences)]);
  const attachments = unique([
    ...requested.filter((r) => ATTACHMENT.test(r)),
    ...sentences.filter((s) => s.length <= 300 && ATTACHMENT.test(s) && ASKS_TO_SHOW.test(s)),
  ]).filter((a) => !asked.includes(a));
  const sections: ChecklistSection[] = [
    { id: 'skills', title: t('checkSkills'), items: skillItems(tags, profile) },
    {
      id: 'questions',
      title: t('checkQuestions'),
      items: asked.slice(0, 10).map((text) => ({ id: `ask:${textKey(text)}`, text, quoted: true })),
    },
    {
      id: 'attachments',
      title: t('checkAttachments'),
      items: attachments.slice(0, 6).map((text) => ({ id: `attach:${textKey(text)}`, text, quoted: true })),
    },
    {
      id: 'constraints',
      title: t('checkConstraints'),
      items: constraintItems(
        listing,
        sentences.filter((s) => !asked.includes(s)),
      ),
    },
    { id: 'rate', title: t('checkRate'), items: [rateItem(listing, tags, profile, demand)] },
    { id: 'steps', title: t('checkSteps'), items: steps() },
  ];
  return sections.filter((s) => s.items.length > 0);
}

function unique(texts: string[]): string[] {
  const seen = new Set<string>();
  return texts.filter((t) => {
    const key = textKey(t);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function skillItems(tags: Tags, profile: Profile): ChecklistItem[] {
  const have = tags.skills.filter((s) => profile.skills.includes(s.id));
  const learning = tags.skills.filter((s) => profile.goals.includes(s.id) && !profile.skills.includes(s.id));
  return [
    ...have.map((s) => ({
      id: `skill:${s.id}`,
      text: t('checkMention', s.name),
      detail: t('checkMentionEvidence', s.name),
    })),
    ...learning.map((s) => ({
      id: `skill:${s.id}`,
      text: t('checkLearning', s.name),
      detail: t('checkLearningEvidence', s.name),
    })),
  ];
}

function constraintItems(listing: Listing, sentences: string[]): ChecklistItem[] {
  const items: ChecklistItem[] = constraintsIn(sentences).map(({ kind, text }) => ({
    id: `${kind}:${textKey(text)}`,
    text,
    detail: t(CONSTRAINT_LABEL[kind]),
    quoted: true as const,
  }));
  const budget = listing.budget;
  if (budget && (budget.min !== undefined || budget.max !== undefined)) {
    items.push(
      budget.source === 'average-bid'
        ? {
            id: 'budget:average-bid',
            text: t('checkNoBudget', formatBudget(budget)),
            detail: t('checkNoBudgetHow'),
          }
        : {
            id: 'budget:listed',
            text: t('checkWithinBudget', formatBudget(budget)),
            detail: t(CONSTRAINT_LABEL.budget),
          },
    );
  }
  return items;
}

/** The best-sampled few, so the detail stays readable: "Shopify (4), SEO (4), Stripe (1) and 5 more". */
function named(figures: Array<{ name: string; samples: number }>): string {
  const top = [...figures].sort((a, b) => b.samples - a.samples).slice(0, 3);
  const rest = figures.length - top.length;
  const shown = top.map((f) => t('checkSkillSamples', f.name, f.samples)).join(', ');
  return rest > 0 ? plural('checkAndMore', rest, shown) : shown;
}

function rateItem(listing: Listing, tags: Tags, profile: Profile, demand?: DemandReport): ChecklistItem {
  const kind = listing.budget?.kind ?? 'hourly';
  const currency = listing.budget?.currency ?? 'USD';
  const figures = tags.skills.flatMap((s) => {
    const skill = demand?.skills.find((d) => d.skill === s.id);
    const figure = skill?.pay[kind].find((f) => f.currency === currency);
    return figure ? [{ name: s.name, ...figure }] : [];
  });
  const samples = figures.reduce((sum, f) => sum + f.samples, 0);
  if (samples === 0) {
    return {
      id: 'rate',
      text: t('checkDecideRate'),
      detail: t('checkNoPayData'),
    };
  }
  const typical = figures.reduce((sum, f) => sum + f.median * f.samples, 0) / samples;
  const money = formatBudget({ kind, currency, min: typical, max: typical });
  const beginner = profile.level === 'beginner';
  return {
    id: 'rate',
    text: t('checkAskAbout', money),
    detail: t(beginner ? 'checkRateBeginner' : 'checkRateReviewed', named(figures)),
  };
}
