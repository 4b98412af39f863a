import { useState } from 'preact/hooks';

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
          text:
            found > 0
              ? `Found ${found} ${found === 1 ? 'listing' : 'listings'} on this page.`
              : 'No job listings were found on this page.',
        });
      },
      (error: unknown) =>
        setState({
          busy: false,
          failed: true,
          text: `This page cannot be scanned: ${error instanceof Error ? error.message : String(error)}`,
        }),
    );
  };
  return (
    <section aria-labelledby="ss-scan">
      <h2 id="ss-scan">Another job board?</h2>
      <button type="button" onClick={run} disabled={state.busy} data-testid="scan-page">
        {state.busy ? 'Scanning…' : 'Scan this page for job listings'}
      </button>
      {state.text && (
        <p class={state.failed ? 'ss-warn' : 'ss-muted'} role="status">
          {state.text}
        </p>
      )}
    </section>
  );
}
