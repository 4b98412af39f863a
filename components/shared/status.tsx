/**
 * The outcome line under an action (export, import, delete…), and the two shared helpers
 * behind such actions: running one while keeping its outcome, and saving text as a file.
 */
import { useState } from 'preact/hooks';

export type Status = { tone: 'ok' | 'error'; text: string } | undefined;

/** Runs an action that resolves with the sentence to show, and keeps that sentence (or the error's). */
export function useStatus(onDone?: () => void) {
  const [status, setStatus] = useState<Status>();
  const run = async (work: () => Promise<string>) => {
    try {
      setStatus({ tone: 'ok', text: await work() });
      onDone?.();
    } catch (error) {
      setStatus({ tone: 'error', text: error instanceof Error ? error.message : String(error) });
    }
  };
  return { status, run };
}

export function StatusLine({ status, testId }: { status: Status; testId: string }) {
  if (!status) return null;
  return (
    <p
      class={status.tone === 'error' ? 'ss-warn' : 'ss-ok'}
      role={status.tone === 'error' ? 'alert' : 'status'}
      data-testid={testId}
    >
      {status.text}
    </p>
  );
}

/** Saves text as a file the way a web page does: a temporary object URL on a download link. */
export function download(filename: string, text: string, mimeType: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * The file just chosen in a file input. The input is cleared at once, so choosing the same file
 * again (after fixing it) fires a new change.
 */
export function takeChosenFile(event: Event): File | undefined {
  const input = event.currentTarget as HTMLInputElement;
  const file = input.files?.[0];
  input.value = '';
  return file;
}
