/** Export ▸ Markdown / HTML: asks the core for the document and saves it under the name it suggests. */
import { useRef, useState } from 'react';
import { useApi } from '../../api/hooks';
import { asApiError } from '../../api/errors';
import { downloadTextFile } from '../../ui/download';
import { showToast } from '../../ui/Toast';

export function ExportMenu({ personaId }: { personaId: number }) {
  const { client } = useApi();
  const [open, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const run = async (format: 'markdown' | 'html') => {
    setOpen(false);
    buttonRef.current?.focus();
    try {
      if (format === 'markdown') {
        const out = await client.call('personas.exportMarkdown', { id: personaId });
        downloadTextFile(out.fileName, out.markdown, 'text/markdown');
        showToast({ message: `Saved ${out.fileName}` });
      } else {
        const out = await client.call('personas.exportHtml', { id: personaId });
        downloadTextFile(out.fileName, out.html, 'text/html');
        showToast({ message: `Saved ${out.fileName}` });
      }
    } catch (error) {
      showToast({ message: asApiError(error).message, tone: 'error' });
    }
  };
  return (
    <div
      className="menu-wrap"
      onKeyDown={(event) => {
        if (event.key === 'Escape' && open) {
          event.stopPropagation();
          setOpen(false);
          buttonRef.current?.focus();
        }
      }}
    >
      <button ref={buttonRef} type="button" className="btn" aria-expanded={open} aria-controls="persona-export-menu" onClick={() => setOpen((o) => !o)}>
        Export <span aria-hidden="true">▾</span>
      </button>
      {open ? (
        <ul id="persona-export-menu" className="menu" aria-label="Export formats">
          <li>
            <button type="button" className="menu-item" autoFocus onClick={() => void run('markdown')}>
              Markdown (.md)
            </button>
          </li>
          <li>
            <button type="button" className="menu-item" onClick={() => void run('html')}>
              Printable HTML page
            </button>
          </li>
        </ul>
      ) : null}
    </div>
  );
}
