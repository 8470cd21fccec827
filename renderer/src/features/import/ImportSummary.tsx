/** The end of a batch: what was imported (each a link to its interview) and what was not, with why. */
import type { Interview } from '../../../../shared/domain/interview';
import { formatDuration } from '../../ui/duration';
import { count } from '../../ui/format';
import { workspaceHref } from '../../routes';
import { FailedFiles } from './FailedFiles';
import type { ImportItem } from './useImportBatch';

/** "3 imported, 1 could not be read" */
export function summarise(items: ImportItem[]): string {
  const imported = items.filter((i) => i.status === 'imported').length;
  const unread = items.filter((i) => i.status === 'failed' && i.failedWhile === 'reading').length;
  const refused = items.filter((i) => i.status === 'failed' && i.failedWhile === 'importing').length;
  const cancelled = items.filter((i) => i.status === 'cancelled').length;
  const skipped = items.filter((i) => i.status === 'skipped').length;
  const parts = [`${imported} imported`];
  if (skipped) parts.push(`${skipped} skipped (already in the project)`);
  if (unread) parts.push(`${unread} could not be read`);
  if (refused) parts.push(`${refused} could not be imported`);
  if (cancelled) parts.push(`${cancelled} cancelled`);
  return parts.join(', ');
}

function outcome(item: ImportItem): string {
  const r = item.result!;
  const parts = [count(r.turnCount, 'turn')];
  const duration = formatDuration(item.staged?.durationMs);
  if (duration) parts.push(duration);
  if (r.participantsCreated.length) parts.push(`${count(r.participantsCreated.length, 'new participant')}`);
  if (r.quotesReanchored) parts.push(`${count(r.quotesReanchored, 'quote')} re-anchored`);
  if (r.quotesFlagged) parts.push(`${count(r.quotesFlagged, 'quote')} flagged to check`);
  return parts.join(' · ');
}

export function ImportSummary({
  items,
  interviews,
  onShow,
  onOpen,
}: {
  items: ImportItem[];
  interviews: Interview[];
  /** Selects the interview in the list (and closes the dialog). */
  onShow(interviewId: number): void;
  /** Called as the link to the interview's workspace is followed. */
  onOpen(): void;
}) {
  const imported = items.filter((i) => i.status === 'imported' && i.result);
  const skipped = items.filter((i) => i.status === 'skipped');
  const unread = items.filter((i) => i.status === 'failed' && i.failedWhile === 'reading');
  const refused = items.filter(
    (i) => (i.status === 'failed' && i.failedWhile === 'importing') || i.status === 'cancelled',
  );
  return (
    <>
      {imported.length > 0 ? (
        <ul className="import-results" aria-label="Imported">
          {imported.map((item) => {
            const id = item.result!.interviewId;
            const title = interviews.find((i) => i.id === id)?.title ?? item.target.title;
            return (
              <li key={item.key} className="import-result">
                <div>
                  <p className="import-result-title">{title}</p>
                  <p className="import-result-meta">
                    From {item.name} · {outcome(item)}
                  </p>
                </div>
                <div className="import-result-actions">
                  <button
                    type="button"
                    className="btn"
                    aria-label={`Show in list: ${title}`}
                    onClick={() => onShow(id)}
                  >
                    Show in list
                  </button>
                  <a className="btn btn-primary" href={workspaceHref(id)} aria-label={`Open ${title}`} onClick={onOpen}>
                    Open
                  </a>
                </div>
              </li>
            );
          })}
        </ul>
      ) : (
        <p>No transcript was imported.</p>
      )}
      <FailedFiles
        items={skipped}
        title={`${skipped.length === 1 ? 'This file was' : 'These files were'} skipped: already in the project`}
      />
      <FailedFiles items={unread} title={`${unread.length === 1 ? 'This file' : 'These files'} could not be read`} />
      <FailedFiles
        items={refused}
        title={`${refused.length === 1 ? 'This file was' : 'These files were'} not imported`}
      />
    </>
  );
}
