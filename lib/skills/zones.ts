/**
 * Where a sentence of a description stands: in the requirements ("Must have:", "Required
 * skills"), among the nice-to-haves ("Bonus skills", "is a plus"), in the company's description
 * of itself ("About us", "Lopay is a fast-growing payment platform…") and the application
 * boilerplate ("How to apply", "Compensation"), or in the body. A heading sets the zone of the
 * sentences after it until the next heading; a sentence's own wording can override it.
 *
 * Patterns are tested once per sentence, on at most its first 160 characters, so the cost stays
 * linear in the text whatever the taxonomy.
 */
import type { Token } from './tokens';

import type { Zone } from './types';

export type { Zone };

const HEAD = 160;

/** A heading: these words at the start of a sentence, followed by a colon or the end of the line. */
const HEADINGS: [RegExp, Zone][] = [
  [
    /^(?:[^\w]{0,4})(?:the role|the project|the opportunity|about the (?:project|role|job|position|task)|project (?:overview|description|details|scope)|job (?:description|overview|summary)|scope(?: of work)?|responsibilities|key responsibilities|what you(?:'ll| will) do|your role|the task|tasks|deliverables|overview)\b/i,
    'body',
  ],
  [
    /^(?:[^\w]{0,4})(?:nice[- ]to[- ]haves?|bonus(?: skills| points)?|good[- ]to[- ]haves?|preferred(?: skills| qualifications)?|optional(?: skills)?|pluses|a plus|extra credit|not required but)\b/i,
    'optional',
  ],
  [
    /^(?:[^\w]{0,4})(?:(?:technical |key |core |must[- ]have |required |mandatory )?requirements?|required(?: skills| experience| qualifications)?|must[- ]haves?|must knows?|mandatory(?: skills| requirements?)?|(?:key |technical |core |relevant )?skills(?: required| needed| and experience| & experience)?|qualifications?|tech(?:nology)? stack|technologies|tools|what (?:we(?:'re| are) looking for|you(?:'ll)? need|you(?: will)? bring)|ideal (?:candidate|freelancer)(?: profile)?|who (?:we(?:'re| are) looking for|you are)|you (?:should|must|will) have|experience(?: required)?|expertise)\b/i,
    'requirement',
  ],
  [
    /^(?:[^\w]{0,4})(?:about (?:us|the company|our company|the client|me|the team)|who we are|(?:company )?background|company (?:overview|description)|our (?:mission|story|company|team|values)|why (?:join|work with) us|compensation(?: & perks| and benefits)?|benefits|perks|how to apply|to apply|application process|location|project duration|timeline|budget|note)\b/i,
    'about',
  ],
];

/** A sentence that says its skills are welcome rather than needed. */
const OPTIONAL_CUE =
  /\b(?:a (?:big |huge |strong )?plus|is a bonus|bonus (?:if|points?)|nice to have|good to have|preferred|preferably|would be (?:great|nice|ideal|helpful|beneficial|an advantage)|an advantage|is advantageous|not (?:required|necessary|mandatory|needed)|optional|ideally|if possible|helpful but)\b/i;

/**
 * A company describing itself: "X is a (fast-growing) … company/platform/agency", "We are an
 * Italian startup", "As a well-established e-commerce company", "Our mission", "Founded in".
 */
const ABOUT_CUE =
  /^(?:[^\w]{0,4})(?:(?:[A-Z][\w&.'’-]*(?: [A-Z&][\w&.'’-]*){0,4}) is (?:a|an|the) (?:[\w,'’-]+ ){0,8}(?:company|platform|startup|start-up|agency|firm|business|marketplace|provider|brand|organi[sz]ation|studio|team|network|consultancy|app|service|school|community)\b|we(?:'re| are) (?:a|an) (?:[\w,'’-]+ ){0,8}(?:company|platform|startup|start-up|agency|firm|business|marketplace|provider|brand|organi[sz]ation|studio|team|consultancy|group|community)\b|as an? (?:[\w,'’-]+ ){0,6}(?:company|brand|business|agency|startup|platform)\b|i(?:'m| am) (?:a|an|the) (?:[\w,&'’-]+ ){0,8}(?:founder|owner|consultant|architect|entrepreneur|coach|creator|agency|company|business|brand|consultancy|author|marketer)\b|i (?:run|own|founded|built) (?:a|an|my)\b|our (?:mission|company|agency|story|clients? (?:include|are))|founded in|we(?:'ve| have) (?:earned|helped|built|grown|been)|we help (?:businesses|companies|brands|clients))/i;

/** Application boilerplate: what to write in the proposal, how to prove you read it. */
const APPLY_CUE =
  /^(?:[^\w]{0,4})(?:(?:please |pls |plz |kindly )?(?:include|submit|send|share|provide|attach|start your (?:proposal|cover letter))\b.{0,60}\b(?:proposal|application|cover letter|portfolio|examples?|samples?|rate|availability|cv|resume)|to (?:confirm|show) (?:you(?:'re| are) human|that you read)|(?:please )?apply (?:now|today|only if)|looking forward to|we look forward|if you (?:are|have|meet)\b.{0,80}\b(?:apply|hear from you|love to hear)|ready to join)/i;

/**
 * The closing line of many generated job posts: "If you have a passion for real estate technology
 * and want to contribute…, we would love to hear from you". What one is passionate about is the
 * client's field, not a skill the job asks for (unless the sentence also asks for experience).
 */
const PASSION_CUE =
  /\b(?:(?:a )?passion(?:ate)? (?:for|about)|a knack for|(?:a )?love (?:for|of)|enthusiastic about|excited about)\b/i;

/** A sentence that states what the job needs. */
const REQUIREMENT_CUE =
  /\b(?:(?:we|i) (?:require|need|want)s?:|therefore,? we require|must (?:have|know|be (?:proficient|experienced|familiar|skilled))|(?:is|are) (?:required|a must|essential|mandatory)|required:|requirements?:|we need someone (?:with|who)|you (?:must|should) (?:have|know)|proficien(?:t|cy) (?:in|with)|strong (?:knowledge|experience|background|understanding|skills) (?:of|in|with)|expertise (?:in|with)|experience (?:in|with)|hands-on experience|expert in|skilled in)\b/i;

const sentenceText = (tokens: readonly Token[], from: number, to: number, text: string): string =>
  text.slice(
    (tokens[from] as Token).start,
    Math.min((tokens[to - 1] as Token).end + 2, (tokens[from] as Token).start + HEAD),
  );

/**
 * The zone of each sentence of `tokens` (a description) that `wanted` names, by sentence index.
 * Every sentence is tried as a heading (a heading sets the zone of those after it), but only the
 * wanted ones, the sentences that name a skill, are read for their own wording: nothing asks the
 * zone of any other, and those tests were most of the cost.
 */
export function sentenceZones(
  tokens: readonly Token[],
  text: string,
  wanted: ReadonlySet<number>,
): Map<number, Zone> {
  const zones = new Map<number, Zone>();
  let inherited: Zone = 'body';
  let i = 0;
  while (i < tokens.length) {
    const sentence = (tokens[i] as Token).sentence;
    let j = i;
    while (j < tokens.length && (tokens[j] as Token).sentence === sentence) j++;
    const s = sentenceText(tokens, i, j, text);
    const heading = HEADINGS.find(([re]) => re.test(s));
    // A heading alone on its line ("Requirements:") or introducing its list ("Must knows: ECR…").
    // "About me and my business I am…": a company's or client's introduction needs no colon.
    const isHeading =
      heading !== undefined &&
      (j - i <= 8 || /^[^:]{0,40}:/.test(s) || (heading[1] === 'about' && /^\W{0,4}about /i.test(s)));
    if (isHeading) inherited = (heading as [RegExp, Zone])[1];
    if (wanted.has(sentence)) zones.set(sentence, ownZone(s, inherited));
    i = j;
  }
  return zones;
}

/** A sentence's zone from its own wording, or the one its heading gave it. */
function ownZone(s: string, inherited: Zone): Zone {
  if (ABOUT_CUE.test(s) || APPLY_CUE.test(s)) return 'about';
  if (PASSION_CUE.test(s) && !REQUIREMENT_CUE.test(s)) return 'about';
  if (OPTIONAL_CUE.test(s)) return 'optional';
  if (inherited !== 'optional' && REQUIREMENT_CUE.test(s)) return 'requirement';
  return inherited;
}
