import { useCallback, useState } from 'preact/hooks';
import { nameFrom, statusName } from '@/lib/core/format';
import { t } from '@/lib/core/i18n';
import type { ProgressEntry } from '@/lib/core/model';
import { platformLabel } from '@/lib/core/platforms';
import { useLoad } from '../shared/useLoad';
import type { DashboardApi } from './api';
import { CareerReport } from './CareerReport';
import { CaseStudy } from './CaseStudy';
import { EntryForm } from './EntryForm';
import { EntryList } from './EntryList';
import { Insights } from './Insights';
import { ProgressData } from './ProgressData';
import { Nudges, Roadmap } from './Roadmap';

type Editing = { entry?: ProgressEntry } | undefined;

/** The career dashboard: the progress log, insights, roadmap, rate nudges and case studies. */
export function Dashboard({ api, print = () => window.print() }: { api: DashboardApi; print?: () => void }) {
  const [version, setVersion] = useState(0);
  const reload = () => setVersion((v) => v + 1);
  // A new function per version makes useLoad fetch again after every change.
  const load = useCallback(() => api.load(), [api, version]);
  const data = useLoad(load);
  const [editing, setEditing] = useState<Editing>();
  const [studyId, setStudyId] = useState<string>();
  const [problem, setProblem] = useState<string>();

  const act = async (work: () => Promise<void>) => {
    try {
      setProblem(undefined);
      await work();
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
    }
  };

  if (data.state === 'loading') return <main class="ss-page ss-dashboard">{t('loadingData')}</main>;
  if (data.state === 'failed') {
    return (
      <main class="ss-page ss-dashboard">
        <p class="ss-warn" role="alert">
          {t('dashFailed', data.message)}
        </p>
      </main>
    );
  }
  const d = data.value;
  const skillName = nameFrom(d.skillNames);
  const study = d.entries.find((e) => e.id === studyId);

  return (
    <main class="ss-page ss-dashboard">
      <header class="ss-header">
        <h1>{t('dashHeading')}</h1>
      </header>
      <Roadmap steps={d.roadmap} learning={d.learning} />
      <Nudges nudges={d.nudges} skillName={skillName} />
      <section aria-labelledby="ss-log">
        <h2 id="ss-log">{t('dashLog')}</h2>
        {d.unlogged.length > 0 && (
          <ul class="ss-list" data-testid="unlogged">
            {d.unlogged.map((q) => (
              <li key={q.listingId}>
                <span class="ss-title" translate={false}>
                  {q.title}
                </span>{' '}
                <span class="ss-muted">
                  {t('dashUnloggedMeta', platformLabel(q.platform), statusName(q.status))}
                </span>{' '}
                <button
                  type="button"
                  onClick={() =>
                    act(async () => {
                      setEditing({ entry: await api.fromQueue(q.listingId) });
                      reload();
                    })
                  }
                >
                  {t('dashLogThis')}
                </button>
              </li>
            ))}
          </ul>
        )}
        {problem && (
          <p class="ss-warn" role="alert">
            {problem}
          </p>
        )}
        {editing ? (
          <EntryForm
            key={editing.entry?.id ?? 'new'}
            {...(editing.entry ? { editing: editing.entry } : {})}
            skillName={skillName}
            onCancel={() => setEditing(undefined)}
            onSave={async (entry) => {
              await api.save(entry);
              setEditing(undefined);
              reload();
            }}
          />
        ) : (
          <div class="ss-actions">
            <button type="button" class="ss-primary" onClick={() => setEditing({})}>
              {t('dashLogGig')}
            </button>
          </div>
        )}
        <EntryList
          entries={d.entries}
          skillName={skillName}
          onEdit={(entry) => setEditing({ entry })}
          onCaseStudy={(entry) => setStudyId(entry.id)}
          onDelete={(entry) =>
            act(async () => {
              if (!window.confirm(t('dashConfirmDelete', entry.title))) return;
              await api.remove(entry.id);
              if (studyId === entry.id) setStudyId(undefined);
              reload();
            })
          }
        />
      </section>
      {study && (
        <CaseStudy
          entry={study}
          markdown={d.caseStudies[study.id] ?? ''}
          onClose={() => setStudyId(undefined)}
        />
      )}
      <Insights data={d} skillName={skillName} />
      <CareerReport report={d.career} entries={d.entries} skillName={skillName} print={print} />
      <ProgressData api={api} onChanged={reload} />
    </main>
  );
}
