/**
 * Fiverr's service categories (`fiverr-categories.tree`, names as facts) in the taxonomy: each
 * service name resolves to a skill, a new one when the taxonomy has none. The category follows
 * Fiverr's top category and group; menu entries that are not services are left out.
 */
export interface FiverrService {
  top: string;
  group: string;
  name: string;
}

/** Menu entries that are shortcuts, tools or places, not services a freelancer offers. */
const NOT_A_SERVICE =
  /^(let us manage your project|logo maker tool|find an? .*|self-publish your book|all ai art services|all cities|photographers in .*|photography classes|24hr turnaround|other|free tiktok shop audit|search & apply|ai agents)$/i;

/** People nouns in Fiverr's menu, named as the skill they offer. */
const AS_SKILL: Record<string, string> = {
  'Music Producers': 'Music Production',
  Composers: 'Music Composition',
  'Singers & Vocalists': 'Singing & Vocals',
  'Session Musicians': 'Session Musician Recording',
  Videographers: 'Videography',
  'Unity Developers': 'Unity',
  'Midjourney Artists': 'Midjourney',
  'Stable Diffusion Artists': 'Stable Diffusion',
  'AI Artists': 'AI Art',
  'Product Photographers': 'Product Photography',
  'Food Photographers': 'Food Photography',
  'Lifestyle & Fashion Photographers': 'Lifestyle & Fashion Photography',
  'Portrait Photographers': 'Portrait Photography',
  'Event Photographers': 'Event Photography',
  'Real Estate Photographers': 'Real Estate Photography',
  'Scenic Photographers': 'Scenic Photography',
  'Drone Photographers': 'Drone Photography',
  'Female Voice Over': 'Voice Over',
  'Male Voice Over': 'Voice Over',
  'French Voice Over': 'Voice Over',
  'German Voice Over': 'Voice Over',
};

/** Our category for Fiverr's top categories, and for the groups that differ from their top. */
const TOP_CATEGORY: Record<string, string> = {
  Trending: 'marketing-seo',
  'Graphics & Design': 'design-ux',
  'Programming & Tech': 'software-dev',
  'Digital Marketing': 'marketing-seo',
  'Video & Animation': 'video-audio',
  'Writing & Translation': 'writing',
  'Music & Audio': 'video-audio',
  Business: 'business',
  Finance: 'finance',
  'AI Services': 'data-ai',
  'Personal Growth': 'lifestyle',
  Consulting: 'business',
  Data: 'data-ai',
  Photography: 'video-audio',
};

const GROUP_CATEGORY: Record<string, string> = {
  'Programming & Tech > Website Development': 'web-dev',
  'Programming & Tech > Website Platforms': 'web-dev',
  'Programming & Tech > Website Maintenance': 'web-dev',
  'Programming & Tech > Mobile App Development': 'mobile-dev',
  'Programming & Tech > AI Development': 'data-ai',
  'Programming & Tech > Chatbot Development': 'data-ai',
  'Graphics & Design > Architecture & Building Design': 'engineering',
  'Writing & Translation > Translation & Transcription': 'translation',
  'Business > Legal Services': 'legal',
  'Business > Sales & Customer Service': 'sales',
  'Business > Operations & Management': 'business',
  'Business > Data & Business Intelligence': 'data-ai',
  'Data > Data Collection': 'admin-va',
  'Personal Growth > Self Improvement': 'teaching',
  'Consulting > Coaching & Advice': 'lifestyle',
  'Consulting > Tech Consulting': 'software-dev',
  'Consulting > Marketing Strategy': 'marketing-seo',
  'Consulting > Data Consulting': 'data-ai',
  'Consulting > Mentorship': 'teaching',
  'Trending > Publish Your Book': 'writing',
  'Trending > Find a Job': 'writing',
  'Trending > Create Your Website': 'web-dev',
  'Trending > AI Services': 'data-ai',
};

export function parseFiverrServices(text: string): FiverrService[] {
  const out: FiverrService[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const [top = '', group = '', name = ''] = line.split(' > ').map((s) => s.trim());
    if (!name) throw new Error(`fiverr-categories.tree: expected "Top > Group > Service": ${line}`);
    out.push({ top, group, name });
  }
  return out;
}

/** Our category for a service. */
export function categoryOf(s: FiverrService): string {
  return GROUP_CATEGORY[`${s.top} > ${s.group}`] ?? TOP_CATEGORY[s.top] ?? 'business';
}

/** The services as the names to import, with the category each new skill would get. */
export function fiverrNames(services: readonly FiverrService[]): {
  names: string[];
  hints: Map<string, string>;
  /** Menu names given as people ("Music Producers") with the skill name imported for them. */
  renamed: [string, string][];
} {
  const names: string[] = [];
  const hints = new Map<string, string>();
  const renamed: [string, string][] = [];
  for (const s of services) {
    if (NOT_A_SERVICE.test(s.name)) continue;
    const name = AS_SKILL[s.name] ?? s.name;
    if (name !== s.name) renamed.push([s.name, name]);
    if (hints.has(name.toLowerCase())) continue;
    names.push(name);
    hints.set(name.toLowerCase(), categoryOf(s));
  }
  return { names, hints, renamed };
}
