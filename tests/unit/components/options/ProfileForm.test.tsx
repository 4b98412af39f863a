/** The onboarding and profile form: the skill picker by keyboard and mouse, level, platforms, save. */
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { type ProfileBasics, ProfileForm } from '@/components/options/ProfileForm';
import { DEFAULT_PROFILE, type Profile } from '@/lib/core/profile';
import { click, settle, useRoot } from '../helpers';

const root = useRoot();

async function type(input: HTMLInputElement, text: string) {
  await act(async () => {
    input.value = text;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}
async function key(input: HTMLElement, name: string) {
  await act(async () => {
    input.dispatchEvent(new KeyboardEvent('keydown', { key: name, bubbles: true, cancelable: true }));
  });
}
const $ = <T extends Element = HTMLElement>(selector: string) => root.get().querySelector<T>(selector);
const chips = (picker: string) =>
  [...root.get().querySelectorAll(`[data-testid="${picker}"] .ss-chip`)].map((c) => c.textContent);

async function showForm(profile: Profile = DEFAULT_PROFILE, problem?: string) {
  const saved: ProfileBasics[] = [];
  await root.show(
    <ProfileForm
      load={async () => ({ profile, ...(problem ? { problem } : {}) })}
      save={async (basics) => {
        saved.push(basics);
      }}
    />,
  );
  return saved;
}

describe('a profile that could not be read whole', () => {
  it('says what was reset, shows the skills that were kept, and does not greet the user as new', async () => {
    const problem =
      'Part of your saved profile could not be read: your level was reset. Check it in Options.';
    await showForm({ ...DEFAULT_PROFILE, skills: ['html', 'css'] }, problem);
    expect($('[data-testid="profile-problem"]')?.textContent).toBe(problem);
    expect(chips('skills')).toEqual(['HTML×', 'CSS×']);
    expect($('[data-testid="welcome"]')).toBeNull();
  });
});

describe('onboarding', () => {
  it('welcomes a first-time user and saves the skills, goals, level and platforms they pick', async () => {
    const saved = await showForm();
    expect($('[data-testid="welcome"]')?.textContent).toContain('Welcome to SkillScout.');
    const skills = $<HTMLInputElement>('#skills-input')!;
    expect(skills.getAttribute('role')).toBe('combobox');

    // Keyboard: type, move down to the second suggestion, Enter adds it.
    await type(skills, 'shop');
    const options = [...root.get().querySelectorAll('#skills-list [role="option"]')].map(
      (o) => o.textContent,
    );
    expect(options.slice(0, 2)).toEqual(['Shopify', 'Shopify Store Marketing']);
    expect(skills.getAttribute('aria-expanded')).toBe('true');
    await key(skills, 'ArrowDown');
    expect(skills.getAttribute('aria-activedescendant')).toBe('skills-opt-shopify-marketing');
    await key(skills, 'ArrowUp');
    await key(skills, 'Enter');
    expect(chips('skills')).toEqual(['Shopify×']);
    expect(skills.value).toBe('');

    // An alias finds its skill; a mouse press adds it.
    await type(skills, 'javascript');
    await act(async () => {
      $('#skills-opt-javascript')?.dispatchEvent(
        new MouseEvent('mousedown', { bubbles: true, cancelable: true }),
      );
    });
    expect(chips('skills')).toEqual(['Shopify×', 'JavaScript×']);

    // A skill already had is not offered as a goal.
    const goals = $<HTMLInputElement>('#goals-input')!;
    await type(goals, 'shopify');
    expect($('#goals-opt-shopify')).toBeNull();
    await type(goals, 'stripe');
    await key(goals, 'Enter');
    expect(chips('goals')).toEqual(['Stripe×']);

    // Backspace in the empty box removes the last chip; the × button removes one.
    await type(skills, '');
    await key(skills, 'Backspace');
    expect(chips('skills')).toEqual(['Shopify×']);
    await type(goals, 'no such skill at all');
    expect(root.get().querySelector('[data-testid="goals"] [role="status"]')?.textContent).toContain(
      'No skill called “no such skill at all”',
    );

    await click($('input[name="level"][value="intermediate"]'));
    const fiverr = [...root.get().querySelectorAll('label')].find((l) => l.textContent?.includes('Fiverr'));
    await click(fiverr?.querySelector('input'));
    await click($('[data-testid="save-profile"]'));
    expect(saved).toEqual([
      {
        skills: ['shopify'],
        goals: ['stripe'],
        level: 'intermediate',
        platforms: ['upwork', 'freelancer', 'toptal', 'peopleperhour', 'guru', 'other'],
      },
    ]);
    expect($('[data-testid="profile-status"]')?.textContent).toBe(
      'Saved. Open the SkillScout popup to see the gigs that fit.',
    );
    expect($('[data-testid="welcome"]')).toBeNull();
  });

  it('shows a saved profile for editing, with its chips removable', async () => {
    const saved = await showForm({ ...DEFAULT_PROFILE, skills: ['html', 'css'], goals: ['react'] });
    expect($('[data-testid="welcome"]')).toBeNull();
    expect(chips('skills')).toEqual(['HTML×', 'CSS×']);
    await click($('[aria-label="Remove HTML"]'));
    await click($('[data-testid="save-profile"]'));
    expect(saved[0]?.skills).toEqual(['css']);
    expect(saved[0]?.goals).toEqual(['react']);
  });

  it('says so when the profile cannot be saved', async () => {
    await root.show(
      <ProfileForm
        load={async () => ({ profile: DEFAULT_PROFILE })}
        save={async () => {
          throw new Error('QUOTA_BYTES_PER_ITEM quota exceeded');
        }}
      />,
    );
    await click($('[data-testid="save-profile"]'));
    await settle();
    expect($('[role="alert"]')?.textContent).toBe(
      'Could not save: Error: QUOTA_BYTES_PER_ITEM quota exceeded',
    );
  });
});
