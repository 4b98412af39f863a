import type { Summary } from '@/lib/messages';
import { useLoad } from './useLoad';

export interface OptionsProps {
  loadSummary: () => Promise<Summary>;
}

/**
 * The options page. Today it says what is stored; the profile, highlighting settings,
 * export, import and delete-all arrive with issues 6 and 7.
 */
export function Options({ loadSummary }: OptionsProps) {
  const summary = useLoad(loadSummary);
  return (
    <main class="ss-page">
      <h1>SkillScout options</h1>
      <section aria-labelledby="ss-stored">
        <h2 id="ss-stored">What is stored</h2>
        <div class="ss-card" data-testid="stored">
          {summary.state === 'loading' && 'Loading…'}
          {summary.state === 'failed' && `Could not read the store: ${summary.message}`}
          {summary.state === 'ready' &&
            `${summary.value.listings} ${summary.value.listings === 1 ? 'listing' : 'listings'} in this browser's local database.`}
        </div>
        <p class="ss-muted">
          SkillScout keeps everything on this computer: it makes no network request of its own and has no
          account or server.
        </p>
      </section>
      <section aria-labelledby="ss-profile">
        <h2 id="ss-profile">Your profile</h2>
        <p class="ss-muted">Choosing your skills and learning goals is not available yet.</p>
      </section>
    </main>
  );
}
