import { useEffect, useState } from 'preact/hooks';
import { type MessageKey, t } from '@/lib/core/i18n';
import type { DifficultyLevel, Platform } from '@/lib/core/model';
import { platformLabel } from '@/lib/core/platforms';
import type { Profile, ProfileRead } from '@/lib/core/profile';
import { GoalPlans, type GoalPlansProps } from './GoalPlans';
import { SkillPicker } from './SkillPicker';

/** The part of the profile this form edits; the page settings have their own section. */
export type ProfileBasics = Pick<Profile, 'skills' | 'goals' | 'level' | 'platforms'>;

export interface ProfileFormProps {
  /** The stored profile, with what could not be read of it (shown, so nothing is reset silently). */
  load: () => Promise<ProfileRead>;
  save: (basics: ProfileBasics) => Promise<void>;
  /** Where to learn the saved goals and a first gig to try each on; the options page wires it. */
  learning?: GoalPlansProps['load'];
}

const LEVELS: Array<[DifficultyLevel, MessageKey]> = [
  ['beginner', 'profileLevelBeginner'],
  ['intermediate', 'profileLevelIntermediate'],
  ['expert', 'profileLevelExpert'],
];

const PLATFORMS: Platform[] = ['upwork', 'freelancer', 'fiverr', 'toptal', 'peopleperhour', 'guru', 'other'];

/** The onboarding and, once done, the profile editor: skills, goals, level and marketplaces. */
export function ProfileForm({ load, save, learning }: ProfileFormProps) {
  const [profile, setProfile] = useState<ProfileBasics>();
  const [firstRun, setFirstRun] = useState(false);
  const [status, setStatus] = useState<{ tone: 'ok' | 'error'; text: string }>();
  const [problem, setProblem] = useState<string>();
  // The goals as stored: their plans are looked up for the saved profile, not for unsaved edits.
  const [savedGoals, setSavedGoals] = useState<string[]>([]);
  useEffect(() => {
    load().then(
      ({ profile: p, problem: unreadable }) => {
        setProfile({ skills: p.skills, goals: p.goals, level: p.level, platforms: p.platforms });
        setSavedGoals(p.goals);
        setFirstRun(p.skills.length + p.goals.length === 0 && !unreadable);
        setProblem(unreadable);
      },
      (e: unknown) => setStatus({ tone: 'error', text: t('errorReadProfile', String(e)) }),
    );
  }, [load]);
  if (!profile) return <p class="ss-muted">{status?.text ?? t('loadingProfile')}</p>;

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
        setSavedGoals(profile.goals);
        setStatus({ tone: 'ok', text: t('profileSaved') });
      },
      (e: unknown) => setStatus({ tone: 'error', text: t('errorSave', String(e)) }),
    );
  };

  return (
    <form onSubmit={onSubmit} data-testid="profile-form" aria-labelledby="ss-profile">
      <h2 id="ss-profile">{t('profileHeading')}</h2>
      {problem && (
        <p class="ss-warn" role="alert" data-testid="profile-problem">
          {problem}
        </p>
      )}
      {firstRun && (
        <div class="ss-card" data-testid="welcome">
          <strong>{t('profileWelcome')}</strong> {t('profileWelcomeText')}
        </div>
      )}
      <SkillPicker
        id="skills"
        label={t('profileSkills')}
        hint={t('profileSkillsHint')}
        selected={profile.skills}
        exclude={profile.goals}
        onChange={(skills) => change({ skills })}
      />
      <SkillPicker
        id="goals"
        label={t('profileGoals')}
        hint={t('profileGoalsHint')}
        selected={profile.goals}
        exclude={profile.skills}
        onChange={(goals) => change({ goals })}
      />
      {learning && <GoalPlans goals={savedGoals} load={learning} />}
      <fieldset>
        <legend>{t('profileLevel')}</legend>
        {LEVELS.map(([value, label]) => (
          <label key={value} class="ss-choice">
            <input
              type="radio"
              name="level"
              value={value}
              checked={profile.level === value}
              onChange={() => change({ level: value })}
            />{' '}
            {t(label)}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('profilePlatforms')}</legend>
        {PLATFORMS.map((platform) => (
          <label key={platform} class="ss-choice">
            <input
              type="checkbox"
              checked={profile.platforms.includes(platform)}
              onChange={() => togglePlatform(platform)}
            />{' '}
            {platform === 'other' ? t('profileOtherBoards') : platformLabel(platform)}
          </label>
        ))}
      </fieldset>
      <div class="ss-actions">
        <button type="submit" class="ss-primary" data-testid="save-profile">
          {t(firstRun ? 'profileSaveStart' : 'profileSave')}
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
