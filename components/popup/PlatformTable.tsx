import { timeAgo } from '@/lib/core/format';
import { platformLabel } from '@/lib/core/platforms';
import type { PlatformStats } from '@/lib/messages';
import { PROBLEM_TEXT } from './problems';

export function PlatformTable({ platforms }: { platforms: PlatformStats[] }) {
  return (
    <section aria-labelledby="ss-platforms">
      <h2 id="ss-platforms">By site</h2>
      <table data-testid="platforms">
        <thead>
          <tr>
            <th scope="col">Site</th>
            <th scope="col">Listings</th>
            <th scope="col">Last page</th>
          </tr>
        </thead>
        <tbody>
          {platforms.map((p) => (
            <tr key={p.platform} data-platform={p.platform}>
              <td>{platformLabel(p.platform)}</td>
              <td>{p.listings}</td>
              <td>
                {p.lastProblem ? (
                  <span class="ss-warn">{PROBLEM_TEXT[p.lastProblem]}</span>
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
