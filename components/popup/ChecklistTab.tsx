import { useEffect, useMemo, useState } from 'preact/hooks';
import { buildChecklist } from '@/lib/checklist/build';
import { t } from '@/lib/core/i18n';
import type { Listing, Tags } from '@/lib/core/model';
import type { Profile } from '@/lib/core/profile';
import type { DemandReport } from '@/lib/demand/report';
import type { PopupApi } from './api';

export interface ChecklistTabProps {
  listing: Listing | undefined;
  profile: Profile;
  api: Pick<PopupApi, 'getTicks' | 'tick' | 'getDemand' | 'describe'>;
}

/** The proposal checklist of the chosen gig; ticks are stored per listing and survive the popup. */
export function ChecklistTab({ listing, profile, api }: ChecklistTabProps) {
  const [ticked, setTicked] = useState<string[]>();
  const [demand, setDemand] = useState<DemandReport>();
  const [tags, setTags] = useState<Tags>();
  const [error, setError] = useState<string>();
  const fail = (e: unknown) => setError(e instanceof Error ? e.message : String(e));
  useEffect(() => {
    if (!listing) return;
    api.getTicks(listing.id).then(setTicked, fail);
    api.describe(listing).then(setTags, fail);
    // Without demand data the checklist still works; only the rate suggestion waits for it.
    api.getDemand().then(setDemand, () => {});
  }, [api, listing]);
  const sections = useMemo(
    () => (listing && tags ? buildChecklist({ listing, tags, profile, demand }) : []),
    [listing, tags, profile, demand],
  );

  if (!listing) {
    return (
      <p data-testid="checklist-empty">
        {t('checklistEmpty', t('matchesChecklist'), t('tabMatches'), t('queueChecklist'), t('tabQueue'))}
      </p>
    );
  }
  const total = sections.reduce((n, s) => n + s.items.length, 0);
  const done = ticked ? sections.flatMap((s) => s.items).filter((i) => ticked.includes(i.id)).length : 0;
  const toggle = (id: string, on: boolean) => api.tick(listing.id, id, on).then(setTicked, fail);
  return (
    <section aria-labelledby="ss-checklist" data-testid="checklist">
      <h2 id="ss-checklist">{t('checklistHeading')}</h2>
      <a href={listing.url} target="_blank" rel="noreferrer" class="ss-title" translate={false}>
        {listing.title}
      </a>
      <p class="ss-muted" data-testid="checklist-progress">
        {t('checklistProgress', done, total)}
      </p>
      {error && (
        <p class="ss-warn" role="alert">
          {error}
        </p>
      )}
      {sections.map((section) => (
        <fieldset key={section.id} data-section={section.id}>
          <legend>{section.title}</legend>
          {section.items.map((item) => (
            <div key={item.id} class="ss-check">
              <label>
                <input
                  type="checkbox"
                  data-item={item.id}
                  disabled={!ticked}
                  checked={ticked?.includes(item.id) ?? false}
                  onChange={(event) => toggle(item.id, (event.currentTarget as HTMLInputElement).checked)}
                  aria-describedby={item.detail ? `detail-${item.id}` : undefined}
                />{' '}
                <span translate={item.quoted ? false : undefined}>{item.text}</span>
              </label>
              {item.detail && (
                <div class="ss-muted ss-detail" id={`detail-${item.id}`}>
                  {item.detail}
                </div>
              )}
            </div>
          ))}
        </fieldset>
      ))}
    </section>
  );
}
