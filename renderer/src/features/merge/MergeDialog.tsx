/**
 * File › Merge from another project…: choose a colleague's copy of this project (a .groundwork file, or
 * their project exported as REFI-QDA .qdpx),
 * read what is new on each side and every conflict side by side, settle each conflict (mine, theirs,
 * or both where that makes sense), merge in one step — one undo takes it back — and read the report.
 * Cancel before merging discards the preview; nothing is changed until Merge.
 */
import { useId, useRef, useState, type ChangeEvent } from 'react';
import type { MergeChoice, MergeKind, MergePreview, MergeReport } from '../../../../shared/domain/merge';
import { asApiError } from '../../api/errors';
import { useApi } from '../../api/hooks';
import { Dialog } from '../../ui/Dialog';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { readAsBase64 } from '../import/files';
import { ConflictChoice } from './ConflictChoice';
import { FileButton } from '../../ui/FileButton';

const MAX_BYTES = 50 * 1024 * 1024;
const PAGE = 100;

export const KIND_WORDS: Record<MergeKind, string> = {
  coder: 'Coders',
  company: 'Companies',
  participant: 'Participants',
  interview: 'Interviews',
  interviewParticipant: 'Interview participants',
  transcript: 'Transcripts',
  speaker: 'Speakers',
  turn: 'Transcript turns',
  tag: 'Tags',
  note: 'Notes',
  quote: 'Quotes',
  coding: 'Codings',
};

function PreviewCounts({ preview }: { preview: MergePreview }) {
  const rows = preview.kinds.filter(
    (k) => k.newTheirs + k.changedTheirs + k.deletedTheirs + k.newMine + k.notMerged > 0,
  );
  if (rows.length === 0) return null;
  return (
    <table className="table merge-counts">
      <caption className="visually-hidden">What the merge finds, by kind</caption>
      <thead>
        <tr>
          <th scope="col">Kind</th>
          <th scope="col">New there</th>
          <th scope="col">Changed there</th>
          <th scope="col">Deleted there</th>
          <th scope="col">Only here</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((k) => (
          <tr key={k.kind}>
            <th scope="row">{KIND_WORDS[k.kind]}</th>
            <td>{k.newTheirs}</td>
            <td>
              {k.changedTheirs}
              {k.notMerged ? ` (+${k.notMerged} not merged)` : ''}
            </td>
            <td>{k.deletedTheirs}</td>
            <td>{k.newMine}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function ReportView({ report }: { report: MergeReport }) {
  const changed = report.counts.filter((c) => c.added + c.updated + c.removed > 0);
  return (
    <section aria-label="Merge finished">
      <p role="status">
        {report.nothingNew
          ? `Nothing new in ${report.otherName}: nothing was changed.`
          : `Merged ${report.otherName}. Undo takes the whole merge back.`}
      </p>
      {changed.length ? (
        <ul className="merge-report">
          {changed.map((c) => (
            <li key={c.kind}>
              {KIND_WORDS[c.kind]}: {c.added} added, {c.updated} updated, {c.removed} removed
            </li>
          ))}
        </ul>
      ) : null}
      {report.conflicts.length ? (
        <>
          <h4 className="detail-heading">Conflicts and how you settled them</h4>
          <ul className="merge-report">
            {report.conflicts.map((c) => (
              <li key={c.id}>
                {c.label}: kept {c.choice === 'both' ? 'both' : c.choice}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {report.adjustments.map((a) => (
        <p key={a}>{a}</p>
      ))}
    </section>
  );
}

export function MergeDialog({ onClose, onMerged }: { onClose(): void; onMerged?(report: MergeReport): void }) {
  const { client } = useApi();
  const formId = useId();
  const [phase, setPhase] = useState<'choose' | 'reading' | 'preview' | 'merging' | 'done'>('choose');
  const [preview, setPreview] = useState<MergePreview | null>(null);
  const [choices, setChoices] = useState<Record<string, MergeChoice>>({});
  const [report, setReport] = useState<MergeReport | null>(null);
  const [error, setError] = useState<string | null>(null);
  // A two-way merge of a large study lists thousands: shown a page at a time, settled at once if wanted.
  const [shown, setShown] = useState(PAGE);
  const closed = useRef(false);

  const close = () => {
    closed.current = true;
    if (preview && phase === 'preview')
      void client.call('merge.discard', { stagingId: preview.stagingId }).catch(() => {});
    onClose();
  };

  async function picked(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    setError(null);
    // The web host takes the file's bytes as they are; base64 through a call only for a transport without.
    if (!client.uploads && file.size > MAX_BYTES) {
      setError(`${file.name} is larger than 50 MB; merge it with the command line (groundwork merge).`);
      return;
    }
    setPhase('reading');
    try {
      const staged =
        (await client.stageMergeUpload(file)) ??
        (await client.call('merge.stageFile', {
          fileName: file.name,
          dataBase64: await readAsBase64(file, () => closed.current),
        }));
      if (closed.current) return;
      showPreview(staged);
    } catch (err) {
      if (closed.current) return;
      setError(asApiError(err).message);
      setPhase('choose');
    }
  }

  function showPreview(staged: MergePreview) {
    setPreview(staged);
    setChoices({});
    setShown(PAGE);
    setPhase('preview');
  }

  /** The desktop app: main's Open dialog picks the file, read by path (no size limit of the window's bytes). */
  async function chooseInHost() {
    setError(null);
    setPhase('reading');
    try {
      const staged = await client.call('merge.chooseFile', {});
      if (closed.current) return;
      if (staged) showPreview(staged);
      else setPhase('choose');
    } catch (err) {
      if (closed.current) return;
      setError(asApiError(err).message);
      setPhase('choose');
    }
  }

  const unsettled = preview ? preview.conflicts.filter((c) => !choices[c.id]).length : 0;
  const chooseAll = (choice: 'mine' | 'theirs') =>
    setChoices(Object.fromEntries(preview!.conflicts.map((c) => [c.id, choice])));

  async function commit() {
    if (!preview) return;
    if (unsettled > 0) {
      setError(`Choose a version for ${unsettled === 1 ? 'the conflict' : `all ${unsettled} conflicts`} first.`);
      return;
    }
    setPhase('merging');
    setError(null);
    try {
      const r = await client.call('merge.commit', {
        stagingId: preview.stagingId,
        resolutions: Object.entries(choices).map(([conflictId, choice]) => ({ conflictId, choice })),
      });
      if (closed.current) return;
      setReport(r);
      setPhase('done');
      onMerged?.(r);
    } catch (err) {
      if (closed.current) return;
      setError(asApiError(err).message);
      setPhase('preview');
    }
  }

  return (
    <Dialog
      title="Merge from another project"
      description="Bring in a colleague’s work from their copy of this project (.groundwork) or their REFI-QDA export (.qdpx)."
      onClose={close}
      size="wide"
    >
      <div className="dialog-body merge-dialog" aria-busy={phase === 'reading' || phase === 'merging' || undefined}>
        <ErrorSummary formId={formId} message={error} fields={{}} labels={{}} />
        {phase === 'choose' || phase === 'reading' ? (
          <div className="drop-zone">
            <p className="drop-zone-title">Choose your colleague’s copy</p>
            <p className="drop-zone-hint">
              A .groundwork copy of this study, or its REFI-QDA export (.qdpx, from Groundwork or another QDA tool).
              Their file is only read; nothing here changes until you choose Merge.
            </p>
            {client.uploads ? (
              <FileButton accept=".groundwork,.qdpx,.qde" busy={phase === 'reading'} onChange={(e) => void picked(e)} />
            ) : (
              <button
                type="button"
                className="btn btn-primary"
                data-autofocus
                disabled={phase === 'reading'}
                onClick={() => void chooseInHost()}
              >
                {phase === 'reading' ? 'Reading…' : 'Choose file…'}
              </button>
            )}
          </div>
        ) : null}
        {(phase === 'preview' || phase === 'merging') && preview ? (
          <section aria-label="What the merge will do">
            <p>
              <strong>{preview.otherName}</strong>
              {preview.base === 'known'
                ? ' — a copy of this project: only what you both changed needs a choice.'
                : ' — no common copy is known, so every difference needs a choice and nothing is overwritten.'}
            </p>
            {preview.nothingNew ? <p role="status">Nothing new: the two projects already agree.</p> : null}
            <PreviewCounts preview={preview} />
            {preview.conflicts.length ? (
              <>
                <h4 className="detail-heading">
                  {preview.conflicts.length} conflict{preview.conflicts.length === 1 ? '' : 's'} to settle
                </h4>
                {preview.conflicts.length > 1 ? (
                  <div className="merge-settle-all" role="group" aria-label="Settle every conflict at once">
                    <button type="button" className="btn btn-small" onClick={() => chooseAll('mine')}>
                      Keep mine for all
                    </button>
                    <button type="button" className="btn btn-small" onClick={() => chooseAll('theirs')}>
                      Keep theirs for all
                    </button>
                    <span className="muted" aria-live="polite">
                      {unsettled ? `${unsettled} still to choose` : 'All chosen'}
                    </span>
                  </div>
                ) : null}
                <ul className="merge-conflicts">
                  {preview.conflicts.slice(0, shown).map((c) => (
                    <ConflictChoice
                      key={c.id}
                      conflict={c}
                      choice={choices[c.id]}
                      onChoose={(choice) => setChoices((old) => ({ ...old, [c.id]: choice }))}
                    />
                  ))}
                </ul>
                {preview.conflicts.length > shown ? (
                  <button type="button" className="btn btn-small" onClick={() => setShown((n) => n + PAGE)}>
                    Show {Math.min(PAGE, preview.conflicts.length - shown)} more of {preview.conflicts.length - shown}
                  </button>
                ) : null}
              </>
            ) : null}
            {preview.adjustments.map((a) => (
              <p key={a}>{a}</p>
            ))}
            <details className="merge-not-merged">
              <summary>What a merge does not carry</summary>
              <ul>
                {preview.notMerged.map((n) => (
                  <li key={n}>{n}</li>
                ))}
              </ul>
            </details>
          </section>
        ) : null}
        {phase === 'done' && report ? <ReportView report={report} /> : null}
      </div>
      <div className="dialog-footer">
        {phase === 'preview' && preview && !preview.nothingNew ? (
          <button type="button" className="btn btn-primary" onClick={() => void commit()}>
            Merge
          </button>
        ) : null}
        <button type="button" className="btn" onClick={close}>
          {phase === 'done' ? 'Close' : 'Cancel'}
        </button>
      </div>
    </Dialog>
  );
}
