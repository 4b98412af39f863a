/** Public surface of the skill taxonomy and tagger (pure: runs in Node, vitest and the content script). */

export { CONFIDENT_FROM, confidentSkills } from './confidence';
export { createLabelResolver, resolveLabel } from './labels';
export { skillName } from './names';
export { createTagger, type Tagger, type TagOptions, tagText } from './tagger';
export { getSkill, taxonomy } from './taxonomy';
export type { CategoryId, Evidence, FoundIn, Skill, SkillId, TaggedSkill, TagInput, Zone } from './types';
export { CATEGORIES } from './types';
