/**
 * Cues in the client's words that a bag of phrases cannot see: who is turned away ("not for
 * beginners"), a denial ("not a simple task"), years tied to experience ("5+ years of React"),
 * and the size of what is asked ("from scratch", "one page", "fix a bug"). Each cue is one
 * feature of the model; the matched words are kept so the reason can quote them.
 */

export const CUE_NAMES = [
  'senior',
  'lead',
  'architecture',
  'scale',
  'production',
  'complex',
  'expert',
  'notForBeginners',
  'beginnersWelcome',
  'training',
  'simple',
  'smallTask',
  'provenExperience',
  'wholeProduct',
  'smallDeliverable',
] as const;
export type CueName = (typeof CUE_NAMES)[number];

interface Cue {
  name: CueName;
  pattern: RegExp;
  /** A cue that welcomes newcomers: void when the listing turns them away elsewhere. */
  welcomes?: true;
}

const CUES: readonly Cue[] = [
  // "Sr Webflow developer" as often as "Sr."; a principal or staff engineer is senior by title.
  {
    name: 'senior',
    pattern:
      /\b(senior|sr\.?|principal (?:engineer|developer|designer)|staff (?:engineer|developer))(?=\s|$)/i,
  },
  { name: 'lead', pattern: /\b(tech(nical)? lead|team lead|lead (developer|engineer|designer))\b/i },
  {
    // "I am an AI automation & systems architect" is the client introducing themselves,
    // turning "architecture docs" into product pages is writing, not architecture, and
    // "Thrive Architect" is a WordPress page builder.
    name: 'architecture',
    pattern:
      /(?<!\b(?:i am|i'm|we are|we're)\b[^.!?\n]{0,40})(?<!\bthrive )\barchitect(ure|ing)?\b(?! (docs?|documents?|documentation|diagrams?)\b)/i,
  },
  { name: 'scale', pattern: /\bscal(able|ability|ing up|e to)\b/i },
  { name: 'production', pattern: /\b(production[- ](ready|grade|quality|environment)|in production)\b/i },
  { name: 'complex', pattern: /\b(complex|complicated|sophisticated|advanced)\b/i },
  // "Expertise in B2B sales" names a field, not a seniority: only the person-nouns count.
  { name: 'expert', pattern: /\b(experts?|highly skilled|seasoned|experienced)\b/i },
  {
    name: 'beginnersWelcome',
    pattern:
      /\b(beginners?|newcomers?|entry[- ]level|first[- ]time freelancers?|new freelancers?|no experience (is )?(needed|required|necessary)|(junior|jr\.?) (developers?|designers?|engineers?|writers?|editors?|analysts?|assistants?|marketers?|programmers?)|interns?|internship)\b/i,
    welcomes: true,
  },
  { name: 'training', pattern: /\b(will train|training (is )?provided|we will teach|we'll teach)\b/i },
  {
    // The client calling the work easy: "Simple css fixing", "it's an easy job", "a simple script".
    // Not "easy to manage" or "allows for easy expansion": those describe the result, not the work.
    name: 'simple',
    pattern:
      /(?:^|\b(?:a|an|is|it's|very|pretty|quite|fairly|really|something|be|looks|seems) )(?:simple|easy|straightforward|basic)\b(?![ -]to\b)|\b(?:simple|easy|straightforward|basic) (?:task|job|fix|fixing|change|modification|edit|update|script|web ?site|page|project|issue|bug|css|html|app|form|work|one)s?\b/i,
  },
  {
    name: 'smallTask',
    pattern: /\b(quick|small|minor|tiny|little) (task|fix|job|project|change|edit|update|script|tweak)s?\b/i,
  },
  {
    name: 'provenExperience',
    pattern: /\b(extensive|proven|deep|strong|solid) (experience|expertise|background|track record)\b/i,
  },
  {
    name: 'wholeProduct',
    pattern:
      /\b(from scratch|full[- ]stack|end[- ]to[- ]end|saas|mvp|(complete|entire|full) (platform|system|application|app|web ?site|solution))\b/i,
  },
  {
    name: 'smallDeliverable',
    pattern:
      /\b(one|single|1) (page|script|file|form|sheet|spreadsheet|logo|landing page)\b|\bfix(ing)? (?:a |an |the |my |one |this )?(?:\w+ ){0,2}?(bug|issue|error|problem|glitch)s?\b|\ba few (pages|fields|rows|changes|edits|tweaks|modifications)\b/i,
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
 * job", "no newbies": the client turns newcomers away. Within one sentence: "Not for agencies.
 * Beginners welcome!" welcomes them.
 */
const NEWCOMERS_TURNED_AWAY =
  /\b(?:(?:not for|not suitable for|not a job for)\b[^.!?]{0,60}?|not an? |no )\b(beginners?|newbies?|novices?|newcomers?|new freelancers?|first[- ]timers?|first[- ]time freelancers?|junior \w+|juniors?|entry[- ]level|students)\b/i;

/**
 * "Only Experts with similar experience should apply", "Expert Only", "apply only if you have a
 * proven track record": the client keeps the job for experts, which the careful readers' guide
 * names as a mark of expert work, as it does turning newcomers away. Only words for a person
 * count ("for professional use only" keeps no one out), and not an expert wanted only for a part
 * ("an expert only for the hard part").
 */
const ONLY_EXPERTS = new RegExp(
  `\\b(${[
    // "Expert Only", "experienced developers only"
    String.raw`(?:experts?|experienced|seniors?|professionals?)(?: (?:freelancers?|developers?|designers?|candidates?|applicants?|writers?|editors?|bidders?|level))? only(?!\s+(?:for|when|to|if|in|on|at|as|with|because|after|before|once|a|an|the|one|some|part)\b)`,
    // "Only Experts with similar experience should apply"
    String.raw`only (?:(?:highly|very|truly|really) )?(?:experts?|experienced|seniors?|seasoned|qualified|professionals?)(?=\b[^.!?\n]{0,50}?\b(?:apply|bid|respond)\b)`,
    // "Please apply only if you have a proven track record in this area."
    String.raw`(?:apply|bid) only if you (?:are|have)\b[^.!?\n]{0,40}?\b(?:expert|experienced|senior|proven|extensive)(?: (?:track record|experience|background|expertise))?`,
  ].join('|')})\\b`,
  'i',
);

/**
 * Each pattern compiled once with the global flag, and its matches read by `exec` from a reset
 * `lastIndex`: `matchAll` makes a copy of the expression on every call, sixteen per listing.
 */
const EVERY_MATCH = CUES.map((cue) => ({ ...cue, every: new RegExp(cue.pattern.source, 'gi') }));

/** Each cue found, with the words that showed it (lower case). */
export function findCues(text: string): Partial<Record<CueName, string>> {
  const found: Partial<Record<CueName, string>> = {};
  const turnedAway = text.match(NEWCOMERS_TURNED_AWAY) ?? text.match(ONLY_EXPERTS);
  if (turnedAway?.[1]) found.notForBeginners = turnedAway[1].toLowerCase();
  for (const cue of EVERY_MATCH) {
    if (turnedAway && cue.welcomes) continue;
    cue.every.lastIndex = 0;
    for (let m = cue.every.exec(text); m; m = cue.every.exec(text)) {
      const before = text.slice(Math.max(0, m.index - 16), m.index);
      if (NOT_THIS_JOB.test(before)) continue;
      found[cue.name] = m[0].trim().toLowerCase();
      break;
    }
  }
  return found;
}

/**
 * A lead role the title asks for: "Lead Developer for New Social Media App", "CTO Needed for
 * Startup", "Tech Lead", "Head of Engineering". Only in the title, where the role wanted is named:
 * in a description "our team lead" is often whom the freelancer reports to.
 */
const LEAD_ROLE =
  /\b(lead (?:developer|engineer|designer|programmer|architect)s?|tech(?:nical)? lead|team lead|cto|head of (?:engineering|development|technology|design|product|marketing|growth|data))\b/i;

export function leadAskedFor(title: string): string | undefined {
  return title.match(LEAD_ROLE)?.[1]?.toLowerCase();
}

/** Words after "like" that name no product: "a website like this one", "an app like mine". */
const NOT_A_NAME =
  /^(?:this|that|these|those|the|a|an|our|my|mine|ours|yours?|it|its|his|her|their|them|us|me|one|ones|what|how|any|some|such|other|others)$/i;

/** "a sports website like Dream11", "a car bidding platform similar to bringatrailer.com". */
const LIKE_A_PRODUCT =
  /\b(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:web ?site|site|app|application|platform|marketplace|portal|clone)\s+(?:just\s+|exactly\s+)?(?:like|similar to|of)\s+([\w.-]+)/gi;
/** "an Uber clone", "a Tinder clone app". */
const A_CLONE = /\b(?:a|an)\s+([\w.-]+)\s+clone\b/gi;
/** A site's address names a product too, in any case: "bringatrailer.com". */
const SITE_ADDRESS = /\.(?:com|net|org|io|co)\.?$/i;

/** Written capitalised or with a number first ("Dream11", "Uber"), as names are, or an address. */
const isProductName = (name: string): boolean =>
  !NOT_A_NAME.test(name) && (/^[A-Z0-9]/.test(name) || SITE_ADDRESS.test(name));

/**
 * A named product the client asks to have copied ("Need to Create a Sports Website Like Dream11",
 * "a car bidding platform similar to bringatrailer.com", "an Uber clone"): the whole of someone
 * else's product, the careful readers' guide's "large scope", whatever the budget says. Only a
 * name counts, in the case it was written in (the patterns ignore case: "Website Like" in a
 * title): "for platforms like Oculus" (no "a"), "a website like this one" and "a site like mine"
 * ask for no copy. The words, lower case, or undefined.
 */
export function productCopied(text: string): string | undefined {
  for (const pattern of [LIKE_A_PRODUCT, A_CLONE]) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text))
      if (isProductName(m[1] ?? '')) return m[0].toLowerCase().replace(/[.-]+$/, '');
  }
  return undefined;
}

/**
 * "5+ years of experience", "at least 5 years’ experience", "3-4 years in web applications",
 * "minimum of 3+ years with rails". Years must be tied to experience (that word, "in"/"with"
 * right after, or "at least"/"minimum" before), so "3 years financial forecast" is not read.
 */
const YEARS =
  /\b(at least |minimum (?:of )?|min\.? )?(\d{1,2})\s*(?:[-–]\s*\d{1,2}\s*)?\+?\s*(?:years?|yrs?)['’]?(?:(\s+(?:of\s+)?(?:[\w./#+-]+\s+){0,3}?(?:experience|exp)\b)|\s+(?:in|with)\s)?/gi;

/** "I have 10 years of experience using Power BI": the client's own years, not asked of anyone. */
const OWN_YEARS = /\b(?:i|we)(?:'ve|’ve| have| bring)\s+(?:over |more than |nearly |almost )?$/i;

/** The most years of experience asked for, if any (over 30 is a company's age or a typo). */
export function yearsAsked(text: string): number | undefined {
  let most = 0;
  YEARS.lastIndex = 0;
  for (let m = YEARS.exec(text); m; m = YEARS.exec(text)) {
    const tied = m[1] !== undefined || m[3] !== undefined || /\s(in|with)\s$/i.test(m[0]);
    if (tied && !OWN_YEARS.test(text.slice(Math.max(0, m.index - 24), m.index)))
      most = Math.max(most, Number(m[2]));
  }
  return most > 0 && most <= 30 ? most : undefined;
}
