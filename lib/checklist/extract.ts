/**
 * Reading what a client asks for out of a listing's text: the questions, the items under a
 * "Please include:" heading, attachments, and constraints (deadline, budget, timezone,
 * screening words). Plain string work on untrusted text: nothing here is parsed as HTML.
 */

/** The text's sentences, line by line; bullets and numbering stripped. */
export function sentencesOf(text: string): string[] {
  return text
    .split('\n')
    .flatMap((line) => line.split(/(?<=[.!?])\s+(?=["“'A-Z0-9])/))
    .map(stripBullet)
    .filter((s) => s.length > 0);
}

const BULLET = /^\s*(?:[-•∙*·▪◦–]|\d{1,2}[.)])\s*/;

function stripBullet(line: string): string {
  return line.replace(BULLET, '').trim();
}

/** A heading that introduces a list of what to put in the proposal ("To be considered, please include:"). */
const REQUEST_HEADING =
  /\b(?:please|to apply|to be considered|in your (?:proposal|application|cover letter))\b[^:\n]{0,60}\b(?:include|answer|tell us|tell me|provide|share|send|describe|mention|address)\b[^:\n]{0,40}:\s*$/i;

/** The items listed under each request heading: up to 10 per heading. */
export function requestedItems(text: string): string[] {
  const lines = text.split('\n');
  const items: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!REQUEST_HEADING.test(lines[i] ?? '')) continue;
    let bulleted = false;
    let gap = false;
    const found: string[] = [];
    for (let j = i + 1; j < lines.length && found.length < 10; j++) {
      const line = lines[j] ?? '';
      if (line.trim() === '') {
        if (found.length > 0) gap = true;
        continue;
      }
      const isBullet = BULLET.test(line);
      // After a blank line only another bullet continues a bulleted list; a plain list ends there.
      if (gap && !(bulleted && isBullet)) break;
      if (/:\s*$/.test(line)) break;
      if (found.length === 0) bulleted = isBullet;
      gap = false;
      found.push(stripBullet(line));
    }
    items.push(...found);
  }
  return items;
}

/** Sentences that ask something: a question, or "please tell us / answer / include …". */
export function questionsIn(sentences: readonly string[]): string[] {
  return sentences
    .map((s) => (/\?\s*$/.test(s) ? lastClause(s) : s))
    .filter(
      (s) =>
        s.length >= 8 &&
        s.length <= 300 &&
        // "…/share/922c?": a link that happens to end in a question mark asks nothing.
        !/\S*[/=]\S*\?\s*$/.test(s) &&
        (/\?\s*$/.test(s) ||
          (/\b(?:please|kindly)\s+(?:answer|tell us|tell me|describe|explain|share|send|include|provide|mention)\b/i.test(
            s,
          ) &&
            !/:\s*$/.test(s))),
    );
}

/** "…in XCODE. do you own a MAC to do it?": the question alone, when a lower-case start hid the break. */
function lastClause(sentence: string): string {
  const parts = sentence.split(/(?<=[.!])\s+/);
  return (parts[parts.length - 1] ?? sentence).trim();
}

/** What to attach or link: samples, portfolio, past work. */
export const ATTACHMENT =
  /\b(?:portfolio|samples?|examples? of|similar (?:work|project|automation)|case stud(?:y|ies)|screenshots?|loom|video (?:intro|introduction)|cv|resume|résumé|github|links? to)\b/i;

export type ConstraintKind = 'screening' | 'deadline' | 'budget' | 'timezone';

const matches = (pattern: RegExp) => (sentence: string) => pattern.test(sentence);

const CONSTRAINTS: Array<[ConstraintKind, (sentence: string) => boolean]> = [
  [
    'screening',
    matches(
      /\b(?:(?:start|begin) your (?:proposal|application|cover letter|reply|message) with|(?:include|use|write|mention) the (?:word|phrase|code)|to (?:prove|show) (?:that )?you (?:have )?read)\b/i,
    ),
  ],
  [
    'deadline',
    matches(
      /\b(?:deadline|asap|urgent(?:ly)?|turnaround|timeline|deliver(?:ed|y)? (?:in|within|by)|within \d+\s*(?:hours?|days?|weeks?)|\d+\s*(?:[-–]\s*\d+\s*)?(?:hours?|days?|weeks?) (?:delivery|turnaround)|by (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|the end of))\b/i,
    ),
  ],
  ['budget', matches(/\bbudget\b/i)],
  [
    'timezone',
    // Abbreviations only in capitals: "est" and "ist" are common word parts in lower case.
    (s) =>
      /\b(?:time ?zones?|business hours|working hours|hours of overlap|overlap (?:with )?(?:my|our|your)? ?(?:working )?hours)\b/i.test(
        s,
      ) || /\b(?:EST|EDT|PST|PDT|CET|GMT|UTC|AEST|IST)\b/.test(s),
  ],
];

/** The client's constraints, each kind at most twice, in the order the text states them. */
export function constraintsIn(sentences: readonly string[]): Array<{ kind: ConstraintKind; text: string }> {
  const found: Array<{ kind: ConstraintKind; text: string }> = [];
  for (const sentence of sentences) {
    // Headings ("BUDGET GUIDELINES", "Budget:") say nothing to act on; the listed budget is added apart.
    if (sentence.length > 400 || sentence.split(/\s+/).length < 4 || /:\s*$/.test(sentence)) continue;
    const hit = CONSTRAINTS.find(
      ([kind, test]) => test(sentence) && found.filter((c) => c.kind === kind).length < 2,
    );
    if (hit) found.push({ kind: hit[0], text: sentence });
  }
  return found;
}

/** A short stable key for a piece of text (FNV-1a), so a tick stays on its item. */
export function textKey(text: string): string {
  let hash = 0x811c9dc5;
  for (const char of text.toLowerCase().replace(/\s+/g, ' ').trim()) {
    hash ^= char.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}
