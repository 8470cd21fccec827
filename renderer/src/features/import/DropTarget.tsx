/** Makes a whole screen accept dropped transcript files (and folders), with an overlay while dragging. */
import { useRef, useState, type ReactNode } from 'react';
import { draggingFiles, filesFromDrop, sortFiles } from './files';

export interface DropTargetProps {
  onFiles(files: File[], skipped: number): void;
  children: ReactNode;
}

export function DropTarget({ onFiles, children }: DropTargetProps) {
  const [over, setOver] = useState(false);
  // dragenter/dragleave fire for every child crossed; count them so the overlay does not flicker.
  const depth = useRef(0);
  return (
    <div
      className="drop-target"
      onDragEnter={(event) => {
        if (!draggingFiles(event) || document.querySelector('dialog[open]')) return;
        depth.current += 1;
        setOver(true);
      }}
      onDragOver={(event) => {
        if (!draggingFiles(event) || document.querySelector('dialog[open]')) return;
        event.preventDefault();
        event.dataTransfer.dropEffect = 'copy';
      }}
      onDragLeave={() => {
        depth.current = Math.max(0, depth.current - 1);
        if (depth.current === 0) setOver(false);
      }}
      onDrop={(event) => {
        if (!draggingFiles(event) || document.querySelector('dialog[open]')) return;
        event.preventDefault();
        depth.current = 0;
        setOver(false);
        void filesFromDrop(event.dataTransfer).then((files) => {
          const { transcripts, skipped } = sortFiles(files);
          onFiles(transcripts, skipped);
        });
      }}
    >
      {children}
      {over ? (
        <div className="drop-overlay" aria-hidden="true">
          <p className="drop-overlay-message">Drop to import transcripts</p>
        </div>
      ) : null}
    </div>
  );
}
