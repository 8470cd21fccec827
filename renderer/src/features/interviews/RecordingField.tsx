/**
 * The interview's recording: an audio or video file, stored relative to the project. The page
 * never names a file by path. In the desktop app, "Attach recording…" opens the system's file
 * dialog (in the main process); in the browser, the file is uploaded and the web host keeps it
 * beside the project.
 */
import { useId, useState, type ChangeEvent } from 'react';
import type { Interview } from '../../../../shared/domain/interview';
import { asApiError } from '../../api/errors';
import { useApi } from '../../api/hooks';
import { useMutation } from '../../api/useMutation';

/** A hint for the browser's picker; the core decides what it can play and says so. */
const ACCEPT = 'audio/*,video/*,.m4a,.mkv,.opus,.oga,.flac,.mov';

export function RecordingField({ interview }: { interview: Interview }) {
  const { client } = useApi();
  const inputId = useId();
  const headingId = useId();
  const choose = useMutation('interviews.chooseMedia');
  const clear = useMutation('interviews.clearMedia');
  const [uploading, setUploading] = useState<string | null>(null);
  const [uploadError, setUploadError] = useState<string | null>(null);
  const error = uploadError ?? choose.error?.message ?? clear.error?.message ?? null;
  const busy = choose.pending || clear.pending || uploading !== null;

  function resetErrors() {
    setUploadError(null);
    choose.reset();
    clear.reset();
  }

  async function upload(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = ''; // the same file can be picked again
    if (!file) return;
    resetErrors();
    setUploading(file.name);
    try {
      await client.uploadRecording(interview.id, file);
    } catch (err) {
      setUploadError(asApiError(err).message);
    } finally {
      setUploading(null);
    }
  }

  const label = interview.mediaPath ? 'Change recording…' : 'Attach recording…';
  return (
    <section className="detail-section" aria-labelledby={headingId}>
      <h3 id={headingId} className="detail-heading">
        Recording
      </h3>
      {interview.mediaPath ? (
        <p className="recording-path">{interview.mediaPath}</p>
      ) : (
        <p className="muted">No recording attached.</p>
      )}
      {uploading ? <p className="muted">Uploading {uploading}…</p> : null}
      <div className="recording-actions">
        {client.uploads ? (
          <>
            <input
              id={inputId}
              className="file-input visually-hidden"
              type="file"
              accept={ACCEPT}
              disabled={busy}
              onChange={(event) => void upload(event)}
            />
            <label htmlFor={inputId} className="btn" aria-disabled={busy || undefined}>
              {label}
            </label>
          </>
        ) : (
          <button
            type="button"
            className="btn"
            disabled={busy}
            onClick={() => {
              resetErrors();
              void choose.run({ interviewId: interview.id });
            }}
          >
            {label}
          </button>
        )}
        {interview.mediaPath ? (
          <button
            type="button"
            className="btn btn-danger-quiet"
            disabled={busy}
            onClick={() => {
              resetErrors();
              void clear.run({ interviewId: interview.id });
            }}
          >
            Remove
          </button>
        ) : null}
      </div>
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </section>
  );
}
