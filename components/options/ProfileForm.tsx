import { useEffect, useState } from 'preact/hooks';
import type { DifficultyLevel, Platform } from '@/lib/core/model';
import { platformLabel } from '@/lib/core/platforms';
import type { Profile, ProfileRead } from '@/lib/core/profile';
import { SkillPicker } from './SkillPicker';

/** The part of the profile this form edits; the page settings have their own section. */
export type ProfileBasics = Pick<Profile, 'skills' | 'goals' | 'level' | 'platforms'>;

export interface ProfileFormProps {
  /** The stored profile, with what could not be read of it (shown, so nothing is reset silently). */
  load: () => Promise<ProfileRead>;
  save: (basics: ProfileBasics) => Promise<void>;
}

const LEVELS: Array<[DifficultyLevel, string]> = [
  ['beginner', 'Beginner: no paid freelance work in these skills yet'],
  ['intermediate', 'Intermediate: some paid work and a few reviews'],
  ['expert', 'Expert: years of paid work'],
];

const PLATFORMS: Platform[] = ['upwork', 'freelancer', 'fiverr', 'toptal', 'peopleperhour', 'guru', 'other'];

/** The onboarding and, once done, the profile editor: skills, goals, level and marketplaces. */
export function ProfileForm({ load, save }: ProfileFormProps) {
  const [profile, setProfile] = useState<ProfileBasics>();
  const [firstRun, setFirstRun] = useState(false);
  const [status, setStatus] = useState<{ tone: 'ok' | 'error'; text: string }>();
  const [problem, setProblem] = useState<string>();
  useEffect(() => {
    load().then(
      ({ profile: p, problem: unreadable }) => {
        setProfile({ skills: p.skills, goals: p.goals, level: p.level, platforms: p.platforms });
        setFirstRun(p.skills.length + p.goals.length === 0 && !unreadable);
        setProblem(unreadable);
      },
      (e: unknown) => setStatus({ tone: 'error', text: `Could not read your profile: ${String(e)}` }),
    );
  }, [load]);
  if (!profile) return <p class="ss-muted">{status?.text ?? 'Loading your profile…'}</p>;

  const change = (next: Partial<ProfileBasics>) => {
    setProfile({ ...profile, ...next });
    setStatus(undefined);
  };
  const togglePlatform = (platform: Platform) =>
    change({
      platforms: profile.platforms.includes(platform)
        ? profile.platforms.filter((p) => p !== platform)
        : [...profile.platforms, platform],
    });
  const onSubmit = (event: Event) => {
    event.preventDefault();
    save(profile).then(
      () => {
        setFirstRun(false);
        setStatus({ tone: 'ok', text: 'Saved. Open the SkillScout popup to see the gigs that fit.' });
      },
      (e: unknown) => setStatus({ tone: 'error', text: `Could not save: ${String(e)}` }),
    );
  };

  return (
    <form onSubmit={onSubmit} data-testid="profile-form" aria-labelledby="ss-profile">
      <h2 id="ss-profile">Your profile</h2>
      {problem && (
        <p class="ss-warn" role="alert" data-testid="profile-problem">
          {problem}
        </p>
      )}
      {firstRun && (
        <div class="ss-card" data-testid="welcome">
          <strong>Welcome to SkillScout.</strong> Tell it what you can do and what you want to learn: it will
          pick out the beginner gigs that pay you to practise one new skill beside the ones you have.
        </div>
      )}
      <SkillPicker
        id="skills"
        label="Skills you have"
        hint="What you could be paid for today, even from a past job."
        selected={profile.skills}
        exclude={profile.goals}
        onChange={(skills) => change({ skills })}
      />
      <SkillPicker
        id="goals"
        label="Skills you want to learn"
        hint="One or two is best: gigs that use one of them beside your skills rank first."
        selected={profile.goals}
        exclude={profile.skills}
        onChange={(goals) => change({ goals })}
      />
      <fieldset>
        <legend>Your level on freelance marketplaces</legend>
        {LEVELS.map(([value, label]) => (
          <label key={value} class="ss-choice">
            <input
              type="radio"
              name="level"
              value={value}
              checked={profile.level === value}
              onChange={() => change({ level: value })}
            />{' '}
            {label}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>Where SkillScout reads listings</legend>
        {PLATFORMS.map((platform) => (
          <label key={platform} class="ss-choice">
            <input
              type="checkbox"
              checked={profile.platforms.includes(platform)}
              onChange={() => togglePlatform(platform)}
            />{' '}
            {platform === 'other'
              ? 'Other job boards (when you press “Scan this page”)'
              : platformLabel(platform)}
          </label>
        ))}
      </fieldset>
      <div class="ss-actions">
        <button type="submit" class="ss-primary" data-testid="save-profile">
          {firstRun ? 'Save and start' : 'Save profile'}
        </button>
      </div>
      {status && (
        <p
          class={status.tone === 'error' ? 'ss-warn' : 'ss-ok'}
          role={status.tone === 'error' ? 'alert' : 'status'}
          data-testid="profile-status"
        >
          {status.text}
        </p>
      )}
    </form>
  );
}
