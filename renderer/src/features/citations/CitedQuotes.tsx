/** A claim's cited quotes as cards (text, speaker, interview, date, time in the recording) with Remove. */
import type { Citation } from '../../../../shared/domain/persona';
import { formatDuration } from '../../ui/duration';
import { formatDate } from '../../ui/format';
import { workspaceHref } from '../../routes';
import { useNames, useWho } from '../names/useNames';
import { contradicts, STANCE_TAG } from './stance';

export function CitedQuotes({
  citations,
  onRemove,
  label = 'Cited quotes',
}: {
  citations: Citation[];
  onRemove(quoteId: number): void;
  label?: string;
}) {
  const names = useNames();
  const who = useWho();
  if (citations.length === 0) return null;
  return (
    <ol className="icp-quotes" aria-label={label}>
      {citations.map((c, i) => {
        const contra = contradicts(c);
        return (
          <li key={c.id} className={`icp-quote${contra ? ' is-contradicts' : ''}`}>
            <p className="icp-quote-text">
              <span className="icp-quote-polarity">{STANCE_TAG[c.polarity]}</span> “{names.text(c.exactText)}”
            </p>
            <p className="icp-quote-meta">
              {who(c)} ·{' '}
              <a href={workspaceHref(c.interviewId, { quoteId: c.quoteId })}>{names.text(c.interviewTitle)}</a>
              {c.interviewDate ? ` · ${formatDate(c.interviewDate)}` : ''}
              {c.startMs !== null ? ` · ${formatDuration(c.startMs)}` : ''}
            </p>
            <button
              type="button"
              className="btn btn-quiet btn-small"
              aria-label={`Remove citation ${i + 1}`}
              onClick={() => onRemove(c.quoteId)}
            >
              Remove
            </button>
          </li>
        );
      })}
    </ol>
  );
}
