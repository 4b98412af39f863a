import { useState } from 'preact/hooks';
import { formatRate } from '@/lib/core/format';
import { formatNumber, t } from '@/lib/core/i18n';
import type { ProgressEntry } from '@/lib/core/model';
import { platformLabel } from '@/lib/core/platforms';
import { oneDecimal, summaryLines } from '@/lib/progress/career';
import type { CareerReport as Report } from '@/lib/progress/schemas';
import { download } from '../shared/status';

export interface CareerReportProps {
  report: Report;
  entries: readonly ProgressEntry[];
  skillName: (id: string) => string;
  /** Opens the browser's print dialog (where "Save as PDF" is); the page passes `window.print`. */
  print: () => void;
}

const filename = () => `${t('careerFilePrefix')}-${new Date().toISOString().slice(0, 10)}.md`;

/**
 * The one-page career report. On screen it comes with its Markdown to copy or download; printed
 * (the dashboard's print stylesheet), it is the only thing on the page.
 */
export function CareerReport({ report, entries, skillName, print }: CareerReportProps) {
  const [status, setStatus] = useState<string>();
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(report.markdown);
      setStatus(t('caseCopied'));
    } catch {
      setStatus(t('caseCopyRefused'));
    }
  };
  const byId = new Map(entries.map((e) => [e.id, e]));
  return (
    <section aria-labelledby="ss-career" class="ss-card ss-career" data-testid="career-report">
      <h2 id="ss-career">{t('careerHeading')}</h2>
      <p class="ss-muted ss-no-print">{t('careerExplain')}</p>
      {report.gigs === 0 ? (
        <p class="ss-muted">{t('careerEmpty')}</p>
      ) : (
        <ul class="ss-list" data-testid="career-summary">
          {summaryLines(report).map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
      {report.skills.length > 0 && (
        <table data-testid="career-skills">
          <caption>{t('careerSkills')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('careerSkill')}</th>
              <th scope="col">{t('careerHours')}</th>
              <th scope="col">{t('careerGigsColumn')}</th>
              <th scope="col">{t('careerRatingColumn')}</th>
            </tr>
          </thead>
          <tbody>
            {report.skills.map((s) => (
              <tr key={s.skill}>
                <th scope="row" translate={false}>
                  {skillName(s.skill)}
                </th>
                <td>{oneDecimal(s.hours)}</td>
                <td>{formatNumber(s.gigs)}</td>
                <td>{s.rating === null ? '—' : oneDecimal(s.rating)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {report.perHour.length > 0 && (
        <table data-testid="career-per-hour">
          <caption>{t('careerPerHour')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('careerMonth')}</th>
              <th scope="col">{t('careerRate')}</th>
            </tr>
          </thead>
          <tbody>
            {report.perHour.map((p) => (
              <tr key={`${p.month} ${p.currency}`}>
                <th scope="row">{p.month}</th>
                <td>{formatRate(p.perHour, p.currency)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {report.caseStudies.length > 0 && <h3>{t('careerCaseStudies')}</h3>}
      {report.caseStudies.map(({ id }) => {
        const e = byId.get(id);
        if (!e) return null;
        return (
          <article key={id} class="ss-career-case" data-testid="career-case">
            <h4 translate={false}>{e.title}</h4>
            <p class="ss-muted">
              {[
                e.platform === 'other' ? t('platformOther') : platformLabel(e.platform),
                e.client,
                e.finishedAt,
              ]
                .filter(Boolean)
                .join(' · ')}
            </p>
            {e.learned && <p class="ss-career-text">{e.learned}</p>}
            {e.feedback && <blockquote class="ss-career-text">{e.feedback}</blockquote>}
          </article>
        );
      })}
      <div class="ss-actions ss-no-print">
        <button type="button" class="ss-primary" onClick={copy}>
          {t('careerCopy')}
        </button>
        <button type="button" onClick={() => download(filename(), report.markdown, 'text/markdown')}>
          {t('careerDownload')}
        </button>
        <button type="button" onClick={print} data-testid="career-print">
          {t('careerPrint')}
        </button>
      </div>
      {status && (
        <p role="status" class="ss-no-print">
          {status}
        </p>
      )}
      <details class="ss-no-print">
        <summary>{t('careerShowMarkdown')}</summary>
        <textarea
          readOnly
          rows={14}
          value={report.markdown}
          aria-label={t('careerMarkdownLabel')}
          class="ss-markdown"
          data-testid="career-markdown"
        />
      </details>
    </section>
  );
}
