import { formatMoney } from '@/lib/core/format';
import type { RateNudge, RoadmapStep } from '@/lib/progress/schemas';

/** The five steps from gigs to a career, each with what is done and what to do next. */
export function Roadmap({ steps }: { steps: RoadmapStep[] }) {
  return (
    <section aria-labelledby="ss-roadmap">
      <h2 id="ss-roadmap">Your roadmap</h2>
      <ol class="ss-roadmap" data-testid="roadmap">
        {steps.map((step) => (
          <li key={step.id} class={step.done ? 'ss-step ss-done' : 'ss-step'} data-step={step.id}>
            <span class="ss-title">
              {step.title} <span class="ss-pill">{step.done ? 'done ✓' : 'to do'}</span>
            </span>
            <span class="ss-muted"> {step.status}</span>
            {step.next && <p class="ss-next">Next: {step.next}</p>}
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
      <h2 id="ss-nudges">Time for a raise?</h2>
      <ul class="ss-list" data-testid="nudges">
        {nudges.map((n) => (
          <li key={`${n.currency} ${n.skill}`}>
            <span class="ss-title">{skillName(n.skill)}</span>: {n.successfulGigs} gigs rated 4.5 or more at{' '}
            {formatMoney(n.currentRate, n.currency, 'always')}/h.{' '}
            {n.suggestedRate > n.currentRate
              ? `Quote ${formatMoney(n.suggestedRate, n.currency, 'always')}/h next time`
              : 'You already earn the market median or more: go for bigger gigs'}
            {n.marketMedian !== undefined &&
              ` (listings you saw pay ${formatMoney(n.marketMedian, n.currency, 'always')}/h)`}
            .
          </li>
        ))}
      </ul>
    </section>
  );
}
