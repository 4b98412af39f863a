import { useState } from 'preact/hooks';
import type { ProgressEntry } from '@/lib/core/model';
import { download } from '../shared/status';

/** A file name from the gig's title: letters and digits only, so any system accepts it. */
const caseStudyFilename = (title: string) =>
  `case-study-${
    title
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'gig'
  }.md`;

/** The case-study draft as Markdown text (never rendered as HTML), to copy or download. */
export function CaseStudy({
  entry,
  markdown,
  onClose,
}: {
  entry: ProgressEntry;
  markdown: string;
  onClose: () => void;
}) {
  const [status, setStatus] = useState<string>();
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(markdown);
      setStatus('Copied to the clipboard.');
    } catch {
      setStatus('The browser did not allow copying: select the text and copy it yourself.');
    }
  };
  return (
    <section aria-labelledby="ss-case-study" class="ss-card" data-testid="case-study">
      <h2 id="ss-case-study">Case study: {entry.title}</h2>
      <p class="ss-muted">
        A draft in Markdown for your portfolio. Fill in the parts in _italics_, then copy it or download it.
      </p>
      <textarea readOnly rows={16} value={markdown} aria-label="Case study in Markdown" class="ss-markdown" />
      <div class="ss-actions">
        <button type="button" class="ss-primary" onClick={copy}>
          Copy
        </button>
        <button
          type="button"
          onClick={() => download(caseStudyFilename(entry.title), markdown, 'text/markdown')}
        >
          Download .md
        </button>
        <button type="button" onClick={onClose}>
          Close
        </button>
      </div>
      {status && <p role="status">{status}</p>}
    </section>
  );
}
