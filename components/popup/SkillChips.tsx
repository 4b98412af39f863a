import { t } from '@/lib/core/i18n';
import type { Tags } from '@/lib/core/model';

export interface SkillChipsProps {
  skills: Tags['skills'];
  have: readonly string[];
  learn: readonly string[];
  /** At most this many chips; the user's own skills and goals come first. */
  max?: number;
}

/** A listing's skills: the user's skills marked ✓, their learning goals ★, then the rest. */
export function SkillChips({ skills, have, learn, max = 6 }: SkillChipsProps) {
  const weight = (id: string) => (learn.includes(id) ? 0 : have.includes(id) ? 1 : 2);
  const shown = [...skills].sort((a, b) => weight(a.id) - weight(b.id)).slice(0, max);
  const more = skills.length - shown.length;
  return (
    <ul class="ss-chips" aria-label={t('cardSkills')}>
      {shown.map((s) => (
        <li
          key={s.id}
          class={`ss-chip${weight(s.id) === 0 ? ' ss-learn' : weight(s.id) === 1 ? ' ss-have' : ''}`}
        >
          {/* The marks are read out as words; the symbols are for the eye. */}
          {weight(s.id) === 1 && <Mark symbol="✓" words={t('chipHave')} />}
          {weight(s.id) === 0 && <Mark symbol="★" words={t('chipLearning')} />}
          {/* Skill names stay as the marketplaces print them. */}
          <span translate={false}>{s.name}</span>
        </li>
      ))}
      {more > 0 && <li class="ss-chip ss-more">{t('cardMore', more)}</li>}
    </ul>
  );
}

function Mark({ symbol, words }: { symbol: string; words: string }) {
  return (
    <>
      <span aria-hidden="true">{symbol} </span>
      <span class="ss-sr">{words} </span>
    </>
  );
}
