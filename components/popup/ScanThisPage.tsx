import { useState } from 'preact/hooks';
import { plural, t } from '@/lib/core/i18n';

export interface ScanThisPageProps {
  /** Injects the generic scan into the active tab; resolves with how many listings it found. */
  scan: () => Promise<number>;
  /** Told how many listings the scan found. */
  onScanned?: (found: number) => void;
}

/** The one-click read of a job board SkillScout has no adapter for. */
export function ScanThisPage({ scan, onScanned }: ScanThisPageProps) {
  const [state, setState] = useState<{ busy: boolean; text?: string; failed?: boolean }>({ busy: false });
  const run = () => {
    setState({ busy: true });
    scan().then(
      (found) => {
        onScanned?.(found);
        setState({
          busy: false,
          text: found > 0 ? plural('scanFound', found) : t('scanNothing'),
        });
      },
      (error: unknown) =>
        setState({
          busy: false,
          failed: true,
          text: t('scanFailed', error instanceof Error ? error.message : String(error)),
        }),
    );
  };
  return (
    <section aria-labelledby="ss-scan">
      <h2 id="ss-scan">{t('scanHeading')}</h2>
      <button type="button" onClick={run} disabled={state.busy} data-testid="scan-page">
        {t(state.busy ? 'scanBusy' : 'scanButton')}
      </button>
      {state.text && (
        <p class={state.failed ? 'ss-warn' : 'ss-muted'} role="status">
          {state.text}
        </p>
      )}
    </section>
  );
}
