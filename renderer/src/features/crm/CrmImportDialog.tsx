/**
 * Participants › Import from CRM…: choose a CSV or XLSX export, map its columns, preview what happens
 * to each row (matches by e-mail merge, possible matches by name wait for the researcher's choice),
 * then import in one undoable step. Nothing is stored before Import; Cancel discards the staged file.
 */
import '../../styles/crmImport.css';
import { useId, useRef, useState, type ChangeEvent } from 'react';
import {
  CRM_FIELD_LABELS,
  CRM_FIELDS,
  type CrmCommitResult,
  type CrmMapping,
  type CrmPreview,
  type CrmStaged,
} from '../../../../shared/domain/crm';
import { asApiError } from '../../api/errors';
import { useApi } from '../../api/hooks';
import { ColumnMappingTable } from '../../ui/ColumnMappingTable';
import { Dialog } from '../../ui/Dialog';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { readAsBase64 } from '../import/files';
import { CrmPreviewView, type Choices } from './CrmPreviewView';
import { FileButton } from '../../ui/FileButton';
import { TABLE_FILES } from '../../ui/tableFiles';

const MAX_BYTES = 50 * 1024 * 1024;

type Phase = 'choose' | 'reading' | 'mapping' | 'previewing' | 'preview' | 'importing';

export function CrmImportDialog({ onClose, onImported }: { onClose(): void; onImported(r: CrmCommitResult): void }) {
  const { client } = useApi();
  const formId = useId();
  const [phase, setPhase] = useState<Phase>('choose');
  const [staged, setStaged] = useState<CrmStaged | null>(null);
  const [mapping, setMapping] = useState<CrmMapping>({});
  const [preview, setPreview] = useState<CrmPreview | null>(null);
  const [choices, setChoices] = useState<Choices>({});
  const [replaceDiffering, setReplaceDiffering] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const closed = useRef(false);

  const close = () => {
    closed.current = true;
    if (staged) void client.call('crm.discard', { stagingId: staged.stagingId }).catch(() => {});
    onClose();
  };

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
      const dataBase64 = await readAsBase64(file, () => closed.current);
      const s = await client.call('crm.stageFile', { fileName: file.name, dataBase64 });
      if (closed.current) return;
      setStaged(s);
      setMapping(s.suggested);
      setPhase('mapping');
    } catch (err) {
      if (closed.current) return;
      setError(asApiError(err).message);
      setPhase('choose');
    }
  }

  async function showPreview(replace = replaceDiffering) {
    if (!staged) return;
    setError(null);
    setPhase('previewing');
    try {
      const p = await client.call('crm.preview', { stagingId: staged.stagingId, mapping, replaceDiffering: replace });
      if (closed.current) return;
      setPreview(p);
      // A match by e-mail merges unless the researcher says otherwise; a possible match waits for them.
      setChoices((old) => {
        const next: Choices = {};
        for (const r of p.rows) {
          const kept = old[r.row];
          if (kept) next[r.row] = kept;
          else if (r.status === 'match') next[r.row] = 'merge';
        }
        return next;
      });
      setPhase('preview');
    } catch (err) {
      if (closed.current) return;
      setError(asApiError(err).message);
      setPhase(preview ? 'preview' : 'mapping');
    }
  }

  async function commit() {
    if (!staged || !preview) return;
    const undecided = preview.rows.filter((r) => r.status === 'possible' && !choices[r.row]).map((r) => r.row);
    if (undecided.length) {
      setError(`Choose Merge, Add as new or Skip for row${undecided.length === 1 ? '' : 's'} ${undecided.join(', ')}.`);
      return;
    }
    setError(null);
    setPhase('importing');
    try {
      const decisions = Object.entries(choices).map(([row, action]) => ({ row: Number(row), action }));
      const r = await client.call('crm.commit', { stagingId: staged.stagingId, mapping, decisions, replaceDiffering });
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
      title="Import participants from a CRM"
      description="Bring in people and companies from a HubSpot, Salesforce or Pipedrive export (CSV or XLSX)."
      onClose={close}
      size="wide"
    >
      <div className="dialog-body crm-dialog" aria-busy={busy || undefined}>
        <ErrorSummary formId={formId} message={error} fields={{}} labels={{}} />
        {phase === 'choose' || phase === 'reading' ? (
          <div className="drop-zone">
            <p className="drop-zone-title">Choose a CRM export</p>
            <p className="drop-zone-hint">
              A CSV or XLSX file with a header row, up to 50,000 rows. Nothing is stored until you choose Import.
            </p>
            <FileButton accept={TABLE_FILES} busy={phase === 'reading'} onChange={(e) => void picked(e)} />
          </div>
        ) : null}
        {(phase === 'mapping' || phase === 'previewing') && staged ? (
          <ColumnMappingTable
            idPrefix="crm-map"
            fileName={staged.fileName}
            headers={staged.headers}
            sample={staged.sample}
            rowCount={staged.rowCount}
            fields={CRM_FIELDS}
            labels={CRM_FIELD_LABELS}
            mapping={mapping}
            onChange={setMapping}
          />
        ) : null}
        {(phase === 'preview' || phase === 'importing') && preview ? (
          <>
            <label className="check crm-replace">
              <input
                type="checkbox"
                checked={replaceDiffering}
                onChange={(e) => {
                  setReplaceDiffering(e.target.checked);
                  void showPreview(e.target.checked);
                }}
              />
              Replace values that differ with the file’s (otherwise only blank fields are filled)
            </label>
            <CrmPreviewView
              preview={preview}
              choices={choices}
              onChoose={(row, action) => {
                setError(null);
                setChoices((old) => ({ ...old, [row]: action }));
              }}
            />
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
