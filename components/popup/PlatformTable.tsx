import { timeAgo } from '@/lib/core/format';
import { t } from '@/lib/core/i18n';
import { platformLabel } from '@/lib/core/platforms';
import type { PlatformStats } from '@/lib/messages';
import { problemText } from './problems';

export function PlatformTable({ platforms }: { platforms: PlatformStats[] }) {
  return (
    <section aria-labelledby="ss-platforms">
      <h2 id="ss-platforms">{t('popupBySite')}</h2>
      <table data-testid="platforms">
        <thead>
          <tr>
            <th scope="col">{t('popupSite')}</th>
            <th scope="col">{t('popupListings')}</th>
            <th scope="col">{t('popupLastPage')}</th>
          </tr>
        </thead>
        <tbody>
          {platforms.map((p) => (
            <tr key={p.platform} data-platform={p.platform}>
              <td>{platformLabel(p.platform)}</td>
              <td>{p.listings}</td>
              <td>
                {p.lastProblem ? (
                  <span class="ss-warn">{problemText(p.lastProblem)}</span>
                ) : p.lastScanAt ? (
                  timeAgo(p.lastScanAt)
                ) : (
                  '—'
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
