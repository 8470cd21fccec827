/**
 * The interview's recording: an audio or video file on this machine, stored relative to the
 * project. In the browser host the path is typed; the core checks it exists and is playable.
 */
import { useState } from 'react';
import type { Interview } from '../../../../shared/domain/interview';
import { useMutation } from '../../api/hooks';
import { TextField, useFormId } from '../../ui/Field';

export function RecordingField({ interview }: { interview: Interview }) {
  const formId = useFormId('recording');
  const [editing, setEditing] = useState(false);
  const [path, setPath] = useState('');
  const setMedia = useMutation('interviews.setMedia', ['interview']);
  const error = setMedia.error ? (setMedia.error.fields['path'] ?? setMedia.error.message) : undefined;
  const detail = setMedia.error?.fields['path'] ? setMedia.error.message : undefined;

  async function attach() {
    if (!path.trim()) return;
    if (await setMedia.run({ interviewId: interview.id, path: path.trim() })) {
      setEditing(false);
      setPath('');
    }
  }

  return (
    <section className="detail-section" aria-labelledby={`${formId}-heading`}>
      <h3 id={`${formId}-heading`} className="detail-heading">
        Recording
      </h3>
      {interview.mediaPath ? (
        <p className="recording-path">{interview.mediaPath}</p>
      ) : (
        <p className="muted">No recording attached.</p>
      )}
      {editing ? (
        <form
          className="recording-form"
          noValidate
          aria-label="Attach recording"
          onSubmit={(event) => {
            event.preventDefault();
            void attach();
          }}
          onKeyDown={(event) => {
            if (event.key === 'Escape') {
              event.preventDefault();
              setEditing(false);
              setMedia.reset();
            }
          }}
        >
          <TextField
            formId={formId}
            name="path"
            label="Audio or video file"
            hint="A path on this computer, absolute or relative to the project file; it is stored relative to the project."
            value={path}
            onChange={setPath}
            error={error ? [detail, error].filter(Boolean).join(' ') : undefined}
            placeholder="/Users/sam/Recordings/call-3.m4a"
          />
          <div className="recording-actions">
            <button type="submit" className="btn btn-primary" disabled={setMedia.pending || !path.trim()}>
              {setMedia.pending ? 'Attaching…' : 'Attach'}
            </button>
            <button
              type="button"
              className="btn"
              onClick={() => {
                setEditing(false);
                setMedia.reset();
              }}
            >
              Cancel
            </button>
          </div>
        </form>
      ) : (
        <div className="recording-actions">
          <button
            type="button"
            className="btn"
            onClick={() => {
              setEditing(true);
              requestAnimationFrame(() => document.getElementById(`${formId}-path`)?.focus());
            }}
          >
            {interview.mediaPath ? 'Change recording…' : 'Attach recording…'}
          </button>
          {interview.mediaPath ? (
            <button
              type="button"
              className="btn btn-danger-quiet"
              disabled={setMedia.pending}
              onClick={() => void setMedia.run({ interviewId: interview.id, path: null })}
            >
              Remove
            </button>
          ) : null}
        </div>
      )}
      {!editing && setMedia.error ? <p className="field-error">{setMedia.error.message}</p> : null}
    </section>
  );
}
