/** The inspector's view of an interview's transcript: where it came from, its format, turns and length. */
import { FORMAT_LABELS, type TRANSCRIPT_FORMATS } from '../../../../shared/domain/transcript';
import type { Interview } from '../../../../shared/domain/interview';
import { useQuery } from '../../api/hooks';
import { formatDuration } from '../../ui/duration';
import { count, formatDate } from '../../ui/format';
import { DetailList } from '../../ui/Inspector';
import { useNames } from '../names/useNames';

export function TranscriptDetails({ interview }: { interview: Interview }) {
  const names = useNames();
  const transcript = useQuery('transcripts.get', { interviewId: interview.id });
  if (interview.segmentCount === 0 && !transcript.data) {
    return (
      <section className="detail-section">
        <h3 className="detail-heading">Transcript</h3>
        <p className="muted">Not imported yet. Use “Import transcripts…” to add one.</p>
      </section>
    );
  }
  if (transcript.error && !transcript.data) {
    return (
      <section className="detail-section">
        <h3 className="detail-heading">Transcript</h3>
        <p className="field-error">{transcript.error.message}</p>
      </section>
    );
  }
  const t = transcript.data;
  return (
    <DetailList
      heading="Transcript"
      details={[
        { label: 'Source file', value: t ? <span className="recording-path">{names.text(t.sourceName)}</span> : '…' },
        {
          label: 'Format',
          value: t ? (FORMAT_LABELS[t.format as (typeof TRANSCRIPT_FORMATS)[number]] ?? t.format) : '…',
        },
        { label: 'Turns', value: count(t ? t.turns.length : interview.segmentCount, 'turn') },
        { label: 'Duration', value: formatDuration(interview.durationMs) || 'No timings in the file' },
        { label: 'Speakers', value: t ? t.speakers.map(names.transcriptSpeaker).join(', ') : '…' },
        { label: 'Imported', value: t ? formatDate(t.importedAt) : '…' },
        ...(t?.preface
          ? [
              {
                label: 'Before the first speaker',
                // A title page or header: kept as the file had it, never a turn and never evidence.
                value: <p className="transcript-preface">{names.text(t.preface)}</p>,
              },
            ]
          : []),
      ]}
    />
  );
}
