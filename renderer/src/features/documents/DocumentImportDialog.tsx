/**
 * Interviews › Import documents…: choose a CSV or XLSX export (support tickets, reviews, survey answers,
 * CRM notes…), say what kind of source it is, map its columns (text, date, who, company), preview the rows
 * as they will be stored, then import in one undoable step. Nothing is stored before Import; Cancel
 * discards the staged file.
 */
import '../../styles/crmImport.css';
import { useId, useRef, useState, type ChangeEvent } from 'react';
import {
  DOCUMENT_FIELD_LABELS,
  DOCUMENT_FIELDS,
  type DocumentCommitResult,
  type DocumentMapping,
  type DocumentPreview,
  type DocumentStaged,
} from '../../../../shared/domain/document';
import {
  SECONDARY_SOURCE_KINDS,
  SOURCE_KIND_ACTIONABILITY,
  SOURCE_KIND_LABELS,
  type SecondarySourceKind,
} from '../../../../shared/domain/framework';
import { asApiError } from '../../api/errors';
import { useApi } from '../../api/hooks';
import { ColumnMappingTable } from '../../ui/ColumnMappingTable';
import { Dialog } from '../../ui/Dialog';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { readAsBase64 } from '../import/files';
import { DocumentPreviewView } from './DocumentPreviewView';
import { FileButton } from '../../ui/FileButton';
import { TABLE_FILES } from '../../ui/tableFiles';

const MAX_BYTES = 50 * 1024 * 1024;

type Phase = 'choose' | 'reading' | 'mapping' | 'previewing' | 'preview' | 'importing';

function kindLabel(k: SecondarySourceKind): string {
  const rating = SOURCE_KIND_ACTIONABILITY[k];
  return rating ? `${SOURCE_KIND_LABELS[k]} (actionability: ${rating})` : SOURCE_KIND_LABELS[k];
}

export function DocumentImportDialog({
  onClose,
  onImported,
}: {
  onClose(): void;
  onImported(r: DocumentCommitResult): void;
}) {
  const { client } = useApi();
  const formId = useId();
  const kindId = useId();
  const titleId = useId();
  const [phase, setPhase] = useState<Phase>('choose');
  const [staged, setStaged] = useState<DocumentStaged | null>(null);
  const [mapping, setMapping] = useState<DocumentMapping>({});
  const [kind, setKind] = useState<SecondarySourceKind>('support_tickets');
  const [title, setTitle] = useState('');
  const [preview, setPreview] = useState<DocumentPreview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const closed = useRef(false);

  const close = () => {
    closed.current = true;
    if (staged) void client.call('documents.discard', { stagingId: staged.stagingId }).catch(() => {});
    onClose();
  };

  function stagedFile(s: DocumentStaged) {
    if (closed.current) return;
    setStaged(s);
    setMapping(s.suggested);
    setKind(s.suggestedKind);
    setTitle(s.fileName.replace(/\.[^.]+$/, '').replace(/_+/g, ' '));
    setPhase('mapping');
  }

  async function picked(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    setError(null);
    if (file.size > MAX_BYTES) {
      setError(`${file.name} is larger than 50 MB. Split it into smaller files.`);
      return;
    }
    setPhase('reading');
    try {
      // Raw bytes to the web host; base64 through the call is left for a transport that takes no upload
      // yet shows this input (none today: without uploads the dialog asks the host to pick the file).
      const s =
        (await client.stageDocumentUpload(file)) ??
        (await client.call('documents.stageFile', {
          fileName: file.name,
          dataBase64: await readAsBase64(file, () => closed.current),
        }));
      stagedFile(s);
    } catch (err) {
      if (closed.current) return;
      setError(asApiError(err).message);
      setPhase('choose');
    }
  }

  /** The desktop app: main's Open dialog picks the file and the import worker reads it by path. */
  async function chooseInHost() {
    setError(null);
    setPhase('reading');
    try {
      const s = await client.call('documents.chooseFile', {});
      if (s) stagedFile(s);
      else if (!closed.current) setPhase('choose');
    } catch (err) {
      if (closed.current) return;
      setError(asApiError(err).message);
      setPhase('choose');
    }
  }

  async function showPreview() {
    if (!staged) return;
    setError(null);
    setPhase('previewing');
    try {
      const p = await client.call('documents.preview', { stagingId: staged.stagingId, mapping });
      if (closed.current) return;
      setPreview(p);
      setPhase('preview');
    } catch (err) {
      if (closed.current) return;
      setError(asApiError(err).message);
      setPhase('mapping');
    }
  }

  async function commit() {
    if (!staged || !preview) return;
    setError(null);
    setPhase('importing');
    try {
      const r = await client.call('documents.commit', {
        stagingId: staged.stagingId,
        mapping,
        sourceKind: kind,
        ...(title.trim() ? { title: title.trim() } : {}),
      });
      closed.current = true;
      onImported(r);
      onClose();
    } catch (err) {
      if (closed.current) return;
      setError(asApiError(err).message);
      setPhase('preview');
    }
  }

  const busy = phase === 'reading' || phase === 'previewing' || phase === 'importing';
  return (
    <Dialog
      title="Import documents as evidence"
      description="Bring in support tickets, reviews, survey answers, win/loss or CRM notes from a CSV or XLSX export. Each row becomes text you can read, quote and code like a transcript."
      onClose={close}
      size="wide"
    >
      <div className="dialog-body crm-dialog" aria-busy={busy || undefined}>
        <ErrorSummary formId={formId} message={error} fields={{}} labels={{}} />
        {phase === 'choose' || phase === 'reading' ? (
          <div className="drop-zone">
            <p className="drop-zone-title">Choose an export</p>
            <p className="drop-zone-hint">
              A CSV or XLSX file with a header row and one row per ticket, review or answer, up to 50,000 rows. Nothing
              is stored until you choose Import.
            </p>
            {client.uploads ? (
              <FileButton accept={TABLE_FILES} busy={phase === 'reading'} onChange={(e) => void picked(e)} />
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
        {(phase === 'mapping' || phase === 'previewing') && staged ? (
          <>
            <div className="document-source">
              <label className="field">
                <span className="field-label">Kind of source</span>
                <select
                  id={kindId}
                  className="input"
                  value={kind}
                  onChange={(e) => setKind(e.target.value as SecondarySourceKind)}
                >
                  {SECONDARY_SOURCE_KINDS.map((k) => (
                    <option key={k} value={k}>
                      {kindLabel(k)}
                    </option>
                  ))}
                </select>
              </label>
              <label className="field">
                <span className="field-label">Title</span>
                <input
                  id={titleId}
                  className="input"
                  value={title}
                  maxLength={200}
                  onChange={(e) => setTitle(e.target.value)}
                />
              </label>
            </div>
            <ColumnMappingTable
              idPrefix="document-map"
              fileName={staged.fileName}
              headers={staged.headers}
              sample={staged.sample}
              rowCount={staged.rowCount}
              fields={DOCUMENT_FIELDS}
              labels={DOCUMENT_FIELD_LABELS}
              mapping={mapping}
              onChange={setMapping}
            />
          </>
        ) : null}
        {(phase === 'preview' || phase === 'importing') && preview ? (
          <>
            <p>
              <strong>{SOURCE_KIND_LABELS[kind]}</strong>
              {title.trim() ? `: ${title.trim()}` : ''}
            </p>
            <DocumentPreviewView preview={preview} />
          </>
        ) : null}
      </div>
      <div className="dialog-footer">
        {phase === 'mapping' || phase === 'previewing' ? (
          <button
            type="button"
            className="btn btn-primary"
            disabled={phase === 'previewing'}
            onClick={() => void showPreview()}
          >
            {phase === 'previewing' ? 'Checking…' : 'Preview'}
          </button>
        ) : null}
        {phase === 'preview' || phase === 'importing' ? (
          <>
            <button type="button" className="btn" disabled={phase === 'importing'} onClick={() => setPhase('mapping')}>
              Back to columns
            </button>
            <button
              type="button"
              className="btn btn-primary"
              disabled={phase === 'importing'}
              onClick={() => void commit()}
            >
              {phase === 'importing' ? 'Importing…' : 'Import'}
            </button>
          </>
        ) : null}
        <button type="button" className="btn" onClick={close}>
          Cancel
        </button>
      </div>
    </Dialog>
  );
}
