import { list, plural, t } from '@/lib/core/i18n';
import type { Profile } from '@/lib/core/profile';
import type { LearnNext } from '@/lib/demand/report';
import type { LearningItem } from '@/lib/messages';
import { LearnLinks } from '../shared/LearnLinks';
import type { Load } from '../shared/useLoad';

/** "What to learn next", each suggestion with the free ways to learn it. */
export function LearnNextList({
  next,
  profile,
  learning,
  loaded,
}: {
  next: LearnNext[];
  profile: Profile;
  learning: ReadonlyMap<string, LearningItem>;
  loaded: Load<unknown>;
}) {
  if (next.length === 0)
    return (
      <p class="ss-muted" data-testid="learn-next-empty">
        {t(profile.skills.length === 0 ? 'demandNextNoSkills' : 'demandNextNone')}
      </p>
    );
  return (
    <>
      {loaded.state === 'failed' && (
        <p class="ss-warn" role="alert">
          {t('learnFailed', loaded.message)}
        </p>
      )}
      <ul class="ss-list" data-testid="learn-next">
        {next.map((n) => {
          const item = learning.get(n.skill);
          return (
            <li key={n.skill} data-skill={n.skill}>
              <strong translate={false}>{n.name}</strong>: {plural('demandNextGigs', n.beginnerGigs)}
              <div class="ss-muted">{t('demandBuildsOn', list(n.via))}</div>
              {item ? (
                <details class="ss-why">
                  <summary>{t('learnWhere')}</summary>
                  <LearnLinks item={item} compact />
                </details>
              ) : (
                loaded.state === 'loading' && <div class="ss-muted">{t('learnLoading')}</div>
              )}
            </li>
          );
        })}
      </ul>
    </>
  );
}
