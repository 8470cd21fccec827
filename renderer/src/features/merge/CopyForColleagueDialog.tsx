/**
 * Make a copy for a colleague: the core writes a copy of the project that remembers what both share,
 * so merging it back later tells their changes from yours. The desktop app saves it where its Save dialog
 * says; in the browser it arrives as a download.
 */
import { useRef, useState } from 'react';
import type { ColleagueCopy } from '../../../../shared/domain/merge';
import { asApiError } from '../../api/errors';
import { useApi } from '../../api/hooks';
import { Dialog } from '../../ui/Dialog';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { downloadExportFile } from '../../ui/download';

const formatBytes = (n: number) =>
  n >= 1024 ** 2 ? `${(n / 1024 ** 2).toFixed(1)} MB` : `${Math.max(1, Math.round(n / 1024))} KB`;

export function CopyForColleagueDialog({ onClose }: { onClose(): void }) {
  const { client } = useApi();
  const [running, setRunning] = useState(false);
  const [done, setDone] = useState<ColleagueCopy | null>(null);
  const [error, setError] = useState<string | null>(null);
  const closed = useRef(false);
  const close = () => {
    closed.current = true;
    onClose();
  };

  async function run() {
    setRunning(true);
    setError(null);
    try {
      // The desktop app saves it where main's Save dialog says; the web host sends it as a download.
      if (!client.uploads) {
        const saved = await client.call('merge.saveCopyForColleague', {});
        if (!closed.current && saved) setDone(saved);
        return;
      }
      const copy = await client.call('merge.copyForColleague', {});
      if (closed.current) return;
      downloadExportFile({
        fileName: copy.fileName,
        mimeType: 'application/octet-stream',
        encoding: 'base64',
        content: copy.content ?? '',
      });
      setDone(copy);
    } catch (err) {
      if (!closed.current) setError(asApiError(err).message);
    } finally {
      setRunning(false);
    }
  }

  return (
    <Dialog
      title="Make a copy for a colleague"
      description="A copy of this project for a colleague to code in. Merge it back later with Merge from another project…"
      onClose={close}
    >
      <div className="dialog-body" aria-busy={running || undefined}>
        <ErrorSummary formId="merge-copy" message={error} fields={{}} labels={{}} />
        <p>
          The copy remembers what the two projects share, so when you merge it back Groundwork can tell what your
          colleague changed from what you changed, and asks you only where you both changed the same thing.
        </p>
        {done ? (
          <p role="status">
            Saved {done.path ?? done.fileName} ({formatBytes(done.bytes)}). Send it to your colleague.
          </p>
        ) : null}
      </div>
      <div className="dialog-footer">
        {done ? null : (
          <button
            type="button"
            className="btn btn-primary"
            onClick={() => void run()}
            disabled={running}
            data-autofocus
          >
            {running ? 'Making the copy…' : 'Make the copy'}
          </button>
        )}
        <button type="button" className="btn" onClick={close}>
          {done ? 'Close' : 'Cancel'}
        </button>
      </div>
    </Dialog>
  );
}
