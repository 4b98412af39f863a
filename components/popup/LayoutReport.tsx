import { useState } from 'preact/hooks';
import { t } from '@/lib/core/i18n';

export interface LayoutReportProps {
  /** Builds the active tab's report (its structure, without its text). */
  build: () => Promise<string>;
  copy: (text: string) => Promise<void>;
  /** The page was not read (an unrecognised layout, a scan that found nothing): say so first. */
  unread: boolean;
}

type State =
  | { step: 'idle' }
  | { step: 'busy' }
  | { step: 'done'; report: string; copied: boolean; error?: string }
  | { step: 'failed'; error: string };

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * "Copy a layout report": what a user can paste into a bug report when SkillScout reads a page
 * wrongly or not at all. Built in the tab, shown here before it goes anywhere, sent nowhere.
 */
export function LayoutReport({ build, copy, unread }: LayoutReportProps) {
  const [state, setState] = useState<State>({ step: 'idle' });
  const run = async () => {
    setState({ step: 'busy' });
    let report: string;
    try {
      report = await build();
    } catch (error) {
      setState({ step: 'failed', error: message(error) });
      return;
    }
    try {
      await copy(report);
      setState({ step: 'done', report, copied: true });
    } catch (error) {
      setState({ step: 'done', report, copied: false, error: message(error) });
    }
  };
  return (
    <section aria-labelledby="ss-report">
      <h2 id="ss-report">{t(unread ? 'reportUnread' : 'reportWrongTags')}</h2>
      <p class="ss-muted">{t('reportExplain')}</p>
      <button type="button" onClick={run} disabled={state.step === 'busy'} data-testid="copy-layout-report">
        {t(state.step === 'busy' ? 'reportBusy' : 'reportCopy')}
      </button>
      {state.step === 'failed' && (
        <p class="ss-warn" role="alert">
          {t('reportFailed', state.error)}
        </p>
      )}
      {state.step === 'done' && (
        <>
          <p class={state.copied ? 'ss-muted' : 'ss-warn'} role="status">
            {state.copied ? t('reportCopied') : t('reportNotCopied', state.error ?? '')}
          </p>
          <textarea
            readOnly
            rows={6}
            class="ss-report"
            aria-label={t('reportLabel')}
            data-testid="layout-report"
            // The report itself is for the developers who read bug reports: it stays in English.
            translate={false}
          >
            {state.report}
          </textarea>
        </>
      )}
    </section>
  );
}
