/**
 * Where files come in: a drop zone, "Choose files…" and "Choose a folder…". The inputs themselves
 * take focus (visually hidden, their labels drawn as buttons), so Tab and Enter/Space just work.
 */
import { useId, useState, type ChangeEvent } from 'react';
import { ACCEPT_ATTRIBUTE, draggingFiles, filesFromDrop, sortFiles } from './files';

export interface FileChooserProps {
  onFiles(files: File[], skipped: number): void;
}

export function FileChooser({ onFiles }: FileChooserProps) {
  const filesId = useId();
  const folderId = useId();
  const [over, setOver] = useState(false);

  function picked(event: ChangeEvent<HTMLInputElement>) {
    const chosen = Array.from(event.target.files ?? []);
    event.target.value = ''; // the same files can be picked again later
    if (chosen.length === 0) return;
    const { transcripts, skipped } = sortFiles(chosen);
    onFiles(transcripts, skipped);
  }

  return (
    <div
      className={`drop-zone${over ? ' is-over' : ''}`}
      onDragOver={(event) => {
        if (!draggingFiles(event)) return;
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(event) => {
        event.preventDefault();
        setOver(false);
        void filesFromDrop(event.dataTransfer).then((dropped) => {
          const { transcripts, skipped } = sortFiles(dropped);
          onFiles(transcripts, skipped);
        });
      }}
    >
      <p className="drop-zone-title">Drop transcript files or a folder here</p>
      <p className="drop-zone-hint">
        WebVTT (.vtt), SubRip (.srt), plain text (.txt), Markdown (.md) or Word (.docx), up to 50 MB each. Zoom, Teams,
        Google Meet, Otter and YouTube exports are recognised.
      </p>
      <div className="drop-zone-actions">
        <input
          id={filesId}
          className="file-input visually-hidden"
          type="file"
          multiple
          accept={ACCEPT_ATTRIBUTE}
          onChange={picked}
          data-autofocus
        />
        <label htmlFor={filesId} className="btn btn-primary">
          Choose files…
        </label>
        <input
          id={folderId}
          className="file-input visually-hidden"
          type="file"
          multiple
          // Chromium and Electron pick a whole folder with this attribute; React passes it through.
          {...{ webkitdirectory: '' }}
          onChange={picked}
        />
        <label htmlFor={folderId} className="btn">
          Choose a folder…
        </label>
      </div>
    </div>
  );
}
