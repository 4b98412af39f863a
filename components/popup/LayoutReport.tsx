import { useState } from 'preact/hooks';

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
      <h2 id="ss-report">{unread ? 'This page was not read' : 'Tags look wrong here?'}</h2>
      <p class="ss-muted">
        A layout report describes this page's structure (its tags, class names and ids) without its text,
        links or numbers, so the way SkillScout reads it can be fixed. It is made on your computer and sent
        nowhere: you paste it where you choose.
      </p>
      <button type="button" onClick={run} disabled={state.step === 'busy'} data-testid="copy-layout-report">
        {state.step === 'busy' ? 'Making the report…' : 'Copy a layout report'}
      </button>
      {state.step === 'failed' && (
        <p class="ss-warn" role="alert">
          No report could be made for this page: {state.error}
        </p>
      )}
      {state.step === 'done' && (
        <>
          <p class={state.copied ? 'ss-muted' : 'ss-warn'} role="status">
            {state.copied
              ? 'Copied. Paste it into your bug report; here is exactly what it says.'
              : `It could not be copied (${state.error}): select it below and copy it yourself.`}
          </p>
          <textarea
            readOnly
            rows={6}
            class="ss-report"
            aria-label="Layout report"
            data-testid="layout-report"
          >
            {state.report}
          </textarea>
        </>
      )}
    </section>
  );
}
