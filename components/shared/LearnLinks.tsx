import { formatNumber, type MessageKey, plural, t } from '@/lib/core/i18n';
import type { Resource } from '@/lib/learn/resources';
import type { LearningItem } from '@/lib/messages';

const KIND: Record<Resource['kind'], MessageKey> = {
  course: 'learnKindCourse',
  docs: 'learnKindDocs',
  practice: 'learnKindPractice',
  certificate: 'learnKindCertificate',
};
const LEVEL: Record<Resource['level'], MessageKey> = {
  beginner: 'levelBeginner',
  intermediate: 'levelIntermediate',
  expert: 'levelExpert',
};

/** How the resources reach this skill, when not directly: its broader skill, or its field. */
function coverageNote(item: LearningItem): string | undefined {
  if (item.coveredBy?.how === 'broader') return t('learnInherited', item.broaderName ?? item.coveredBy.skill);
  if (item.coveredBy?.how === 'category') return t('learnCategory');
  return undefined;
}

/**
 * A skill's free resources as links. A link opens only on the user's click, in a new tab that
 * learns nothing of the page it came from (no opener, no referrer); the extension fetches nothing.
 */
export function LearnLinks({ item, compact = false }: { item: LearningItem; compact?: boolean }) {
  if (item.resources.length === 0) return <p class="ss-muted">{t('learnNone')}</p>;
  const note = coverageNote(item);
  return (
    <div class="ss-resources" data-testid="learn-links" data-skill={item.skill}>
      {note && <p class="ss-muted">{note}</p>}
      <ul class="ss-resource-list">
        {item.resources.map((r) => (
          <li key={r.url} class="ss-resource">
            <a href={r.url} target="_blank" rel="noopener noreferrer" lang="en" translate={false}>
              {r.title}
              <span class="ss-sr"> {t('learnNewTab')}</span>
            </a>
            {!compact && (
              <span class="ss-muted">
                {' '}
                <span translate={false}>{r.provider}</span> ·{' '}
                {[t(KIND[r.kind]), t(LEVEL[r.level]), plural('learnHours', r.hours)].join(' · ')}
              </span>
            )}
            {compact && (
              <span class="ss-muted">
                {' '}
                · {t(KIND[r.kind])} · {t('hoursShort', formatNumber(r.hours))}
              </span>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
