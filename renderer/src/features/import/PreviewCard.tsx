/** One read file before anything is stored: what was found, where it will go, and who the speakers are. */
import type { Interview } from '../../../../shared/domain/interview';
import type { Participant } from '../../../../shared/domain/participant';
import { FLAVOUR_LABELS, FORMAT_LABELS } from '../../../../shared/domain/transcript';
import { formatDuration, formatSize } from '../../ui/duration';
import { count } from '../../ui/format';
import { SpeakerTable } from './SpeakerTable';
import { TargetFields } from './TargetFields';
import { isDuplicate, type ImportItem, type TargetDraft } from './useImportBatch';
import { formatDate } from '../../ui/format';

export interface PreviewCardProps {
  item: ImportItem;
  interviews: Interview[];
  participants: Participant[];
  onChange(patch: Partial<ImportItem>): void;
}

export function formatLabel(format: keyof typeof FORMAT_LABELS, flavour: string | null): string {
  const base = FORMAT_LABELS[format];
  return flavour ? `${base} · ${FLAVOUR_LABELS[flavour] ?? flavour}` : base;
}

export function PreviewCard({ item, interviews, participants, onChange }: PreviewCardProps) {
  const staged = item.staged;
  if (!staged) return null;
  const formId = `import-${item.key}`;
  const titleId = `${formId}-name`;
  const facts = [
    { label: 'Encoding', value: staged.encoding.toUpperCase() },
    { label: 'Turns', value: staged.turnCount.toLocaleString() },
    { label: 'Duration', value: formatDuration(staged.durationMs) || 'No timings' },
    { label: 'Speakers', value: staged.speakers.length.toLocaleString() },
    { label: 'Size', value: formatSize(staged.sizeBytes) },
  ];
  const setTarget = (patch: Partial<TargetDraft>) => onChange({ target: { ...item.target, ...patch }, problem: null });

  return (
    <section className={`import-card${item.problem ? ' has-problem' : ''}`} aria-labelledby={titleId}>
      <header className="import-card-header">
        <h4 id={titleId} className="import-card-title">
          {staged.fileName}
        </h4>
        <span className="import-card-format">{formatLabel(staged.format, staged.flavour)}</span>
      </header>
      {item.problem ? (
        <p className="field-error import-problem" id={`${formId}-problem`} tabIndex={-1}>
          <span aria-hidden="true">⚠ </span>
          {item.problem}
        </p>
      ) : null}
      {isDuplicate(item) ? (
        <div className="import-duplicate" role="group" aria-labelledby={`${formId}-dup`}>
          <p id={`${formId}-dup`}>
            <span aria-hidden="true">⚠ </span>
            Already in this project: the same file is the transcript of{' '}
            {staged.duplicates.map((d, i) => (
              <span key={d.interviewId}>
                {i > 0 ? ', ' : ''}“{d.interviewTitle}” (imported {formatDate(d.importedAt)})
              </span>
            ))}
            . Importing it again would count its quotes twice.
          </p>
          <label className="check">
            <input
              type="checkbox"
              checked={item.importAgain}
              onChange={(event) => onChange({ importAgain: event.target.checked })}
            />{' '}
            Import it again as another interview (otherwise it is skipped)
          </label>
        </div>
      ) : null}
      <div className="import-card-body">
        <div className="import-read">
          <dl className="import-facts">
            {facts.map((fact) => (
              <div key={fact.label}>
                <dt>{fact.label}</dt>
                <dd>{fact.value}</dd>
              </div>
            ))}
          </dl>
          {staged.warnings.length > 0 ? (
            <details className="import-warnings">
              <summary>{count(staged.warnings.length, 'warning')}</summary>
              <ul>
                {staged.warnings.map((warning, i) => (
                  <li key={i}>{warning}</li>
                ))}
              </ul>
            </details>
          ) : null}
          <div className="import-lines">
            <p className="import-section-title">First lines</p>
            <ol className="import-lines-list" aria-label={`First lines of ${staged.fileName}`}>
              {staged.preview.map((line, i) => (
                <li key={i}>{line}</li>
              ))}
            </ol>
          </div>
        </div>
        <TargetFields formId={formId} target={item.target} interviews={interviews} onChange={setTarget} />
      </div>
      <SpeakerTable
        idPrefix={formId}
        fileName={staged.fileName}
        speakers={staged.speakers}
        choices={item.choices}
        participants={participants}
        onChange={(index, choice) => onChange({ choices: item.choices.map((c, i) => (i === index ? choice : c)) })}
      />
    </section>
  );
}
