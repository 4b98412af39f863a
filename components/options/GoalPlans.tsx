import { useCallback } from 'preact/hooks';
import { formatBudget } from '@/lib/core/format';
import { list, t } from '@/lib/core/i18n';
import { platformLabel } from '@/lib/core/platforms';
import type { LearningItem } from '@/lib/messages';
import { skillName } from '@/lib/skills/names';
import { LearnLinks } from '../shared/LearnLinks';
import { useLoad } from '../shared/useLoad';

export interface GoalPlansProps {
  /** The saved learning goals. */
  goals: string[];
  /** Each goal's resources and practice gigs, for the saved profile. */
  load: (goals: string[]) => Promise<LearningItem[]>;
}

/**
 * Each saved learning goal as a chip that opens onto where to learn it for free and a first gig
 * to try it on: beginner listings seen that use it beside skills the user has, best match first.
 */
export function GoalPlans({ goals, load }: GoalPlansProps) {
  const key = goals.join(' ');
  const loaded = useLoad(useCallback(() => (goals.length ? load(goals) : Promise.resolve([])), [load, key]));
  return (
    <section aria-labelledby="ss-goal-plans" data-testid="goal-plans">
      <h3 id="ss-goal-plans">{t('goalPlansHeading')}</h3>
      {goals.length === 0 ? (
        <p class="ss-muted">{t('goalPlansNone')}</p>
      ) : (
        <>
          <p class="ss-muted">{t('goalPlansHint')}</p>
          {loaded.state === 'loading' && <p class="ss-muted">{t('learnLoading')}</p>}
          {loaded.state === 'failed' && (
            <p class="ss-warn" role="alert">
              {t('learnFailed', loaded.message)}
            </p>
          )}
          {loaded.state === 'ready' && (
            <ul class="ss-chips ss-goal-plans">
              {loaded.value.map((item) => (
                <li key={item.skill} class="ss-goal-plan" data-goal={item.skill}>
                  <details>
                    <summary class="ss-chip" translate={false}>
                      {item.name}
                    </summary>
                    <h4>{t('learnWhere')}</h4>
                    <LearnLinks item={item} />
                    <h4>{t('practiceHeading')}</h4>
                    <Practice item={item} />
                  </details>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}

function Practice({ item }: { item: LearningItem }) {
  const gigs = item.practice ?? [];
  if (gigs.length === 0) return <p class="ss-muted">{t('practiceNone')}</p>;
  return (
    <ul class="ss-list" data-testid="practice-gigs">
      {gigs.map((g) => (
        <li key={g.listing.id}>
          <a href={g.listing.url} target="_blank" rel="noopener noreferrer" translate={false}>
            {g.listing.title}
          </a>{' '}
          <span class="ss-muted">
            {platformLabel(g.listing.platform)}
            {g.listing.budget && ` · ${formatBudget(g.listing.budget)}`}
          </span>
          <div class="ss-muted">
            {t('practiceUses', list(g.have.map(skillName)), list(g.learn.map(skillName)))}
          </div>
        </li>
      ))}
    </ul>
  );
}
