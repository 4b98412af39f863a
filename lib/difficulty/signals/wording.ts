/** What the client's words say: the seniority asked for, how hard or easy they call the work. */
import type { Contribution, Signal } from '../types';
import { WEIGHTS } from '../weights';

const W = WEIGHTS.wording;

interface Cue {
  pattern: RegExp;
  weight: number;
  /** Worded from the matched text, so the reason quotes the listing itself. */
  reason: (matched: string) => string;
  /** A cue that welcomes newcomers; void when the listing turns them away elsewhere. */
  welcomes?: true;
}

const asks = (m: string): string => `client asks for '${m}'`;
const calls = (m: string): string => `client calls it '${m}'`;

const CUES: readonly Cue[] = [
  { pattern: /\b(senior|sr\.)(?=\s|$)/i, weight: W.senior, reason: asks },
  {
    pattern: /\b(tech(nical)? lead|team lead|lead (developer|engineer|designer))\b/i,
    weight: W.lead,
    reason: asks,
  },
  {
    // "I am an AI automation & systems architect" is the client introducing themselves, and
    // turning "architecture docs" into product pages is writing, not architecture.
    pattern:
      /(?<!\b(?:i am|i'm|we are|we're)\b[^.!?\n]{0,40})\barchitect(ure|ing)?\b(?! (docs?|documents?|documentation|diagrams?)\b)/i,
    weight: W.architecture,
    reason: () => 'architecture work',
  },
  { pattern: /\bscal(able|ability|ing up|e to)\b/i, weight: W.scale, reason: () => 'has to scale' },
  {
    pattern: /\b(production[- ](ready|grade|quality|environment)|in production)\b/i,
    weight: W.production,
    reason: () => 'production-grade work',
  },
  { pattern: /\b(complex|complicated|sophisticated|advanced)\b/i, weight: W.complex, reason: calls },
  {
    pattern: /\b(extensive|proven|deep|strong|solid) (experience|expertise|background|track record)\b/i,
    weight: W.provenExperience,
    reason: asks,
  },
  // "Expertise in B2B sales" names a field, not a seniority: only the person-nouns count.
  { pattern: /\b(experts?|highly skilled|seasoned|experienced)\b/i, weight: W.expert, reason: asks },
  {
    // The client calling the work easy: "Simple css fixing", "it's an easy job", "a simple script".
    // Not "easy to manage" or "allows for easy expansion": those describe the result, not the work.
    pattern:
      /(?:^|\b(?:a|an|is|it's|very|pretty|quite|fairly|really|something|be|looks|seems) )(?:simple|easy|straightforward|basic)\b(?![ -]to\b)|\b(?:simple|easy|straightforward|basic) (?:task|job|fix|fixing|change|modification|edit|update|script|web ?site|page|project|issue|bug|css|html|app|form|work|one)s?\b/i,
    weight: W.simple,
    reason: (m) => calls(m.match(/simple|easy|straightforward|basic/)?.[0] ?? m),
  },
  {
    pattern: /\b(quick|small|minor|tiny|little) (task|fix|job|project|change|edit|update|script|tweak)s?\b/i,
    weight: W.smallTask,
    reason: calls,
  },
  {
    pattern:
      /\b(beginners?|newcomers?|entry[- ]level|first[- ]time freelancers?|new freelancers?|no experience (is )?(needed|required|necessary))\b/i,
    weight: W.beginnersWelcome,
    reason: (m) => `open to beginners ('${m}')`,
    welcomes: true,
  },
  {
    pattern: /\b(will train|training (is )?provided|we will teach|we'll teach)\b/i,
    weight: W.training,
    reason: () => 'training provided',
  },
];

/**
 * "not a simple task", "no beginners": the cue is denied; "another small project": it is about
 * some other job. Either way it is no evidence about this one.
 */
const NOT_THIS_JOB =
  /\b(not|no|isn't|is not|never|another|other|future|next)\s+(a\s+|an\s+|so\s+|very\s+|that\s+)?$/i;

/**
 * "WHO THIS IS NOT FOR: … Junior freelancers learning Shopify", "this is not a beginner level
 * job", "no newbies": the client turns newcomers away, as strong a cue as asking for a senior.
 * Within one sentence: "Not for agencies. Beginners welcome!" welcomes them.
 */
const NEWCOMERS_TURNED_AWAY =
  /\b(?:(?:not for|not suitable for|not a job for)\b[^.!?]{0,60}?|not an? |no )\b(beginners?|newbies?|junior \w+|juniors?|entry[- ]level|students)\b/i;

export const wording: Signal = ({ text }) => {
  const out: Contribution[] = [];
  const turnedAway = text.match(NEWCOMERS_TURNED_AWAY);
  if (turnedAway?.[1])
    out.push({ weight: W.notForBeginners, reason: `not for beginners ('${turnedAway[1].toLowerCase()}')` });
  for (const cue of CUES) {
    if (turnedAway && cue.welcomes) continue;
    for (const m of text.matchAll(new RegExp(cue.pattern.source, 'gi'))) {
      const before = text.slice(Math.max(0, m.index - 16), m.index);
      if (NOT_THIS_JOB.test(before)) continue;
      out.push({ weight: cue.weight, reason: cue.reason(m[0].toLowerCase()) });
      break;
    }
  }
  return out;
};
