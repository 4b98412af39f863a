import { formatRate } from '@/lib/core/format';
import { formatNumber, plural, t } from '@/lib/core/i18n';
import type { LearningItem } from '@/lib/messages';
import { DEFAULT_NUDGE } from '@/lib/progress/rate';
import type { RateNudge, RoadmapStep } from '@/lib/progress/schemas';
import { LearnLinks } from '../shared/LearnLinks';

/**
 * The five steps from gigs to a career, each with what is done and what to do next; step 2,
 * "learn it", with free ways to learn the user's goals.
 */
export function Roadmap({ steps, learning = [] }: { steps: RoadmapStep[]; learning?: LearningItem[] }) {
  return (
    <section aria-labelledby="ss-roadmap">
      <h2 id="ss-roadmap">{t('roadHeading')}</h2>
      <ol class="ss-roadmap" data-testid="roadmap">
        {steps.map((step) => (
          <li key={step.id} class={step.done ? 'ss-step ss-done' : 'ss-step'} data-step={step.id}>
            <span class="ss-title">
              {step.title} <span class="ss-pill">{t(step.done ? 'roadDone' : 'roadToDo')}</span>
            </span>
            <span class="ss-muted"> {step.status}</span>
            {step.next && <p class="ss-next">{t('roadNext', step.next)}</p>}
            {step.id === 'learn' &&
              learning.map((item) => (
                <details key={item.skill} class="ss-why" data-testid="roadmap-learn" open={!step.done}>
                  <summary>{t('roadLearnWhere', item.name)}</summary>
                  <LearnLinks item={item} />
                </details>
              ))}
          </li>
        ))}
      </ol>
    </section>
  );
}

/** Rate-raise suggestions, one per skill with enough successful gigs. */
export function Nudges({ nudges, skillName }: { nudges: RateNudge[]; skillName: (id: string) => string }) {
  if (nudges.length === 0) return null;
  return (
    <section aria-labelledby="ss-nudges">
      <h2 id="ss-nudges">{t('nudgeHeading')}</h2>
      <ul class="ss-list" data-testid="nudges">
        {nudges.map((n) => (
          <li key={`${n.currency} ${n.skill}`}>
            <span class="ss-title" translate={false}>
              {skillName(n.skill)}
            </span>
            :{' '}
            {plural(
              'nudgeGigs',
              n.successfulGigs,
              formatNumber(DEFAULT_NUDGE.minRating),
              formatRate(n.currentRate, n.currency),
            )}{' '}
            {n.suggestedRate > n.currentRate
              ? t('nudgeQuote', formatRate(n.suggestedRate, n.currency))
              : t('nudgeAtMedian')}
            {n.marketMedian !== undefined && ` ${t('nudgeMarket', formatRate(n.marketMedian, n.currency))}`}.
          </li>
        ))}
      </ul>
    </section>
  );
}
