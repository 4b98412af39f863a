import type { RecentListing } from '@/lib/messages';
import { platformLabel, timeAgo } from '../../lib/core/format';

const LEVEL: Record<NonNullable<RecentListing['platformLevel']>, string> = {
  entry: 'Entry level',
  intermediate: 'Intermediate',
  expert: 'Expert',
};

export function RecentListings({ recent }: { recent: RecentListing[] }) {
  if (recent.length === 0) return null;
  return (
    <section aria-labelledby="ss-recent">
      <h2 id="ss-recent">Recently read</h2>
      <ul class="ss-list" data-testid="recent">
        {recent.map((item) => (
          <li key={item.id}>
            {/* Titles are page text: Preact renders them as text nodes, never as HTML. */}
            <a href={item.url} target="_blank" rel="noreferrer">
              {item.title}
            </a>
            <div class="ss-muted">
              {platformLabel(item.platform)}
              {item.platformLevel && (
                <>
                  {' · '}
                  <span class="ss-pill">{LEVEL[item.platformLevel]}</span>
                </>
              )}
              {' · '}
              {timeAgo(item.lastSeenAt)}
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
