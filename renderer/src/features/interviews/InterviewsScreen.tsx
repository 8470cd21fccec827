/** Interviews: every session of the study, when and how it was held, with whom, and where it stands. */
import { INTERVIEW_STATUS_LABELS, RESEARCH_METHOD_LABELS } from '../../../../shared/domain/framework';
import type { Interview } from '../../../../shared/domain/interview';
import { useState } from 'react';
import { useQuery } from '../../api/hooks';
import { Badge, type Tone } from '../../ui/Badge';
import { formatDuration } from '../../ui/duration';
import { count, formatDate } from '../../ui/format';
import { DetailList } from '../../ui/Inspector';
import { DropTarget } from '../import/DropTarget';
import { ImportDialog } from '../import/ImportDialog';
import { GuideField } from '../live/GuideField';
import { RecordScreen } from '../records/RecordScreen';
import { openWorkspace } from '../../routes';
import { InterviewForm } from './InterviewForm';
import { RecordingField } from './RecordingField';
import { TranscriptDetails } from './TranscriptDetails';
import { useNames, type Names } from '../names/useNames';

const STATUS_TONE: Record<Interview['status'], Tone> = {
  planned: 'neutral',
  conducted: 'info',
  transcribed: 'info',
  coded: 'positive',
  cancelled: 'negative',
};

function people(i: Interview, names: Names): string {
  return i.participants.map((p) => names.label(p.id, p.pseudonym)).join(', ');
}

function StatusBadge({ status }: { status: Interview['status'] }) {
  return <Badge tone={STATUS_TONE[status]}>{INTERVIEW_STATUS_LABELS[status]}</Badge>;
}

/** Files dropped on the screen, or an empty batch when the dialog was opened from a button. */
type ImportRequest = { files: File[]; skipped: number } | 'empty' | null;

export function InterviewsScreen() {
  const list = useQuery('interviews.list', {});
  const names = useNames();
  const [importing, setImporting] = useState<ImportRequest>(null);
  const [selectRequest, setSelectRequest] = useState<{ id: number } | null>(null);
  const openImport = () => setImporting('empty');
  return (
    <DropTarget onFiles={(files, skipped) => setImporting({ files, skipped })}>
      <RecordScreen<Interview>
        group="interviews"
        title="Interviews"
        noun="interview"
        nounPlural="interviews"
        icon="interviews"
        list={list}
        labelHeader="Title"
        rowLabel={(i) => names.text(i.title)}
        searchText={(i) => [i.title, i.interviewer, people(i, names), RESEARCH_METHOD_LABELS[i.method]].join(' ')}
        columns={[
          {
            key: 'date',
            header: 'Date',
            cell: (i) =>
              i.date === null ? (
                <span className="muted">Not scheduled</span>
              ) : (
                <time dateTime={new Date(i.date).toISOString()}>{formatDate(i.date)}</time>
              ),
          },
          { key: 'method', header: 'Method', cell: (i) => RESEARCH_METHOD_LABELS[i.method], optional: true },
          { key: 'participants', header: 'Participants', cell: (i) => people(i, names) },
          { key: 'interviewer', header: 'Interviewer', cell: (i) => names.text(i.interviewer), optional: true },
          {
            key: 'duration',
            header: 'Duration',
            className: 'numeric',
            cell: (i) =>
              i.durationMs === null ? '' : <span className="duration">{formatDuration(i.durationMs)}</span>,
          },
          { key: 'status', header: 'Status', cell: (i) => <StatusBadge status={i.status} /> },
        ]}
        empty={{
          title: 'No interviews yet',
          body: (
            <p>
              Add an interview you have planned or held: its date, the research method, who took part and who
              interviewed. Transcripts and notes attach to it later.
            </p>
          ),
          action: 'Add your first interview',
        }}
        emptySecondary={{ label: 'Import transcripts…', onClick: openImport }}
        toolbarActions={
          <button type="button" className="btn" onClick={openImport}>
            Import transcripts…
          </button>
        }
        selectRequest={selectRequest}
        inspectorMeta={(i) => <StatusBadge status={i.status} />}
        details={(i) => (
          <>
            <DetailList
              details={[
                { label: 'Date', value: formatDate(i.date) },
                { label: 'Method', value: RESEARCH_METHOD_LABELS[i.method] },
                { label: 'Interviewer', value: i.interviewer },
                { label: 'Quotes', value: count(i.quoteCount, 'quote') },
              ]}
            />
            <GuideField key={`g-${i.id}`} interview={i} />
            <TranscriptDetails key={`t-${i.id}`} interview={i} />
            <RecordingField key={`r-${i.id}`} interview={i} />
            {i.participants.length ? (
              <DetailList
                heading="Participants"
                details={i.participants.map((p) => ({
                  label: names.label(p.id, p.pseudonym),
                  value: p.companyName ?? <span className="muted">No company</span>,
                }))}
              />
            ) : (
              <section className="detail-section">
                <h3 className="detail-heading">Participants</h3>
                <p className="muted">Nobody linked yet. Use Edit to choose who took part.</p>
              </section>
            )}
            {i.summary ? (
              <DetailList
                heading="Summary"
                details={[{ label: 'Summary', value: <span className="prewrap">{i.summary}</span> }]}
              />
            ) : null}
          </>
        )}
        form={(interview, onDone) => <InterviewForm interview={interview} onDone={onDone} />}
        open={{ label: 'Open', run: (i) => openWorkspace(i.id) }}
      />
      {importing ? (
        <ImportDialog
          initialFiles={importing === 'empty' ? undefined : importing}
          onClose={() => setImporting(null)}
          onShowInterview={(id) => {
            setImporting(null);
            setSelectRequest({ id });
          }}
        />
      ) : null}
    </DropTarget>
  );
}
