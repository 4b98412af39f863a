/** Shapes of the skill taxonomy and of the tagger's answer. */

/** Every part of the freelance market the taxonomy covers; the integrity test checks each has skills. */
export const CATEGORIES = {
  'web-dev': 'Web development',
  'mobile-dev': 'Mobile development',
  'software-dev': 'Software, cloud & DevOps',
  'data-ai': 'Data & AI',
  'design-ux': 'Design & UX',
  writing: 'Writing & copywriting',
  translation: 'Translation & languages',
  'marketing-seo': 'Marketing & SEO',
  'video-audio': 'Video, audio & photography',
  'admin-va': 'Admin & virtual assistance',
  finance: 'Finance & bookkeeping',
  sales: 'Sales & lead generation',
  support: 'Customer support',
  engineering: 'Engineering & CAD',
  legal: 'Legal',
  teaching: 'Teaching & tutoring',
  business: 'Business, consulting & industries',
  lifestyle: 'Coaching & lifestyle services',
} as const;

export type CategoryId = keyof typeof CATEGORIES;
export type SkillId = string;

export interface Skill {
  /** Stable kebab-case id ("react", "psd-to-html"); stored by users, never renamed. */
  id: SkillId;
  name: string;
  category: CategoryId;
  /** 0 = needs years of background, 1 = a motivated beginner can earn with it in weeks. */
  beginner: number;
  /** What a learner needs first (React → JavaScript, HTML, CSS). Acyclic. */
  prerequisites: SkillId[];
  related: SkillId[];
}

/** A skill with its other spellings (`aliasedTaxonomy()`): what the skill search reads. */
export interface AliasedSkill extends Skill {
  /** Other spellings that name this skill; the display name is matched too. */
  aliases: string[];
}

/**
 * How the tagger treats a word that is also plain English or a letter ("Go", "R", "Excel",
 * "Access"): it is accepted only with the right case (when the form has capitals), not followed
 * by one of `notBefore`, and with a context word or another skill close by. A form with no
 * context words only has to pass the other checks ("blogging", but not "blogging forum").
 */
export interface Ambiguity {
  forms: string[];
  context: string[];
  notBefore: string[];
}

/** An entry as the tagger sees it: skills, and hidden "concepts" (~website) used by rules. */
export interface Entry {
  id: string;
  name: string;
  hidden: boolean;
  ambiguity: Ambiguity | undefined;
  /** Skills a job naming this one always uses too (PSD to HTML → HTML, CSS). */
  implies: SkillId[];
  /**
   * A broad area ("Web Development", "Front-end"): tagged only when no more specific skill of
   * its category was named, so "front-end developer for HTML/CSS" reads HTML, CSS.
   */
  umbrella: boolean;
  /** Knowledge of a field or industry ("Real Estate", "Healthcare"): named only when a job is about it. */
  domain: boolean;
  /** A marketplace label only ("Strategy", "Game"): the name resolves but is not matched in text. */
  labelOnly: boolean;
  /** From a marketplace's names or O*NET, not hand-curated: the tagger trusts a bare mention less. */
  imported: boolean;
  /**
   * A product's name, as listings write it capitalised ("Slack", "Salesforce", "QuickBooks"): a
   * tool the job works with, never a feature of the software being built (see `client.ts`).
   */
  productName: boolean;
  category: string;
}

/**
 * An entry with its aliases (`aliasedTaxonomy()`): what an index built at run time and the label
 * map cut. The shipped tagger reads the keys cut from them ahead of time instead.
 */
export interface AliasedEntry extends Entry {
  /** Other spellings; one starting with "=" is a marketplace label only, never matched in text. */
  aliases: string[];
}

/**
 * "convert my PSD to a responsive site": when every entry of `when` occurs in one sentence,
 * `gives` is implied, unless one of `unless` was found anywhere.
 */
export interface Rule {
  when: string[];
  gives: SkillId[];
  unless: SkillId[];
  /** When set, the terms must also be at most this many tokens apart ("build a new website"). */
  within?: number;
  /** The terms may stand anywhere in the listing ("scrape … contact details" over two sentences). */
  anywhere?: boolean;
  /**
   * The terms must stand in the title, where a word alone names the task ("Logo needed", "Article
   * about dieting"): in a description "our logo" or "this article" is no such demand.
   */
  inTitle?: boolean;
}

export type FoundIn = 'title' | 'description' | 'platformSkills';

/** Where a description sentence stands (see `zones.ts`). */
export type Zone = 'requirement' | 'optional' | 'about' | 'body';

export type Evidence =
  | {
      in: FoundIn;
      text: string;
      offset: number;
      /** For a description mention: the zone of its sentence. */
      zone?: Zone;
      /** Named as one of several alternatives ("Photoshop, Sketch or Figma"). */
      alternative?: boolean;
      /** Matched through a form that is also an ordinary word ("Go", "Excel"), accepted by its context. */
      ambiguous?: boolean;
      /**
       * What the client's software or business does, not work asked for: a feature of the app
       * being built ("an app for audio transcription"), the client's trade ("SEO for my payroll
       * website"). See `client.ts`.
       */
      client?: boolean;
    }
  /** Implied by other skills or concepts, named by id; `title` when the phrase was in the title. */
  | { in: 'implied'; from: string[]; title?: boolean };

export interface TaggedSkill {
  id: SkillId;
  name: string;
  /**
   * 0..1, how likely a careful reader would name the skill for this listing: the title and
   * requirement lines count most, the company's description of itself and alternatives least.
   * See `confidence.ts`.
   */
  confidence: number;
  evidence: Evidence[];
}

export interface TagInput {
  title: string;
  description?: string;
  platformSkills?: readonly string[];
}
