import { useState } from 'preact/hooks';
import { t } from '@/lib/core/i18n';
import type { ProgressEntry } from '@/lib/core/model';
import { download } from '../shared/status';

/** A file name from the gig's title: letters and digits only, so any system accepts it. */
const caseStudyFilename = (title: string) =>
  `${t('caseFilePrefix')}-${
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
      setStatus(t('caseCopied'));
    } catch {
      setStatus(t('caseCopyRefused'));
    }
  };
  return (
    <section aria-labelledby="ss-case-study" class="ss-card" data-testid="case-study">
      <h2 id="ss-case-study">{t('caseHeading', entry.title)}</h2>
      <p class="ss-muted">{t('caseExplain')}</p>
      <textarea readOnly rows={16} value={markdown} aria-label={t('caseLabel')} class="ss-markdown" />
      <div class="ss-actions">
        <button type="button" class="ss-primary" onClick={copy}>
          {t('caseCopy')}
        </button>
        <button
          type="button"
          onClick={() => download(caseStudyFilename(entry.title), markdown, 'text/markdown')}
        >
          {t('caseDownload')}
        </button>
        <button type="button" onClick={onClose}>
          {t('caseClose')}
        </button>
      </div>
      {status && <p role="status">{status}</p>}
    </section>
  );
}
