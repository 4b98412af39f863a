import { platformLevelName, timeAgo } from '@/lib/core/format';
import { t } from '@/lib/core/i18n';
import { platformLabel } from '@/lib/core/platforms';
import type { RecentListing } from '@/lib/messages';

export function RecentListings({ recent }: { recent: RecentListing[] }) {
  if (recent.length === 0) return null;
  return (
    <section aria-labelledby="ss-recent">
      <h2 id="ss-recent">{t('popupRecent')}</h2>
      <ul class="ss-list" data-testid="recent">
        {recent.map((item) => (
          <li key={item.id}>
            {/* Titles are page text: Preact renders them as text nodes, never as HTML. */}
            <a href={item.url} target="_blank" rel="noreferrer" translate={false}>
              {item.title}
            </a>
            <div class="ss-muted">
              {platformLabel(item.platform)}
              {item.platformLevel && (
                <>
                  {' · '}
                  <span class="ss-pill">{platformLevelName(item.platformLevel)}</span>
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
