/** One guide question in interview mode: its wording and probes, Asked / Skipped, and its notes. */
import type { GuideItem, InterviewCoverage, Note } from '../../../../shared/domain/guide';
import { formatElapsed } from '../../editor/TimestampNode';
import { useCall } from '../../api/useCall';
import { NoteEditor } from './NoteEditor';
import type { SaverGroup } from './noteSaver';

type Status = InterviewCoverage['questions'][number]['status'];

export interface QuestionNotesProps {
  interviewId: number;
  index: number;
  item: GuideItem;
  status: Status;
  atMs: number | null;
  note: Note | null;
  elapsedMs(): number;
  group: SaverGroup;
}

export function QuestionNotes({ interviewId, index, item, status, atMs, note, elapsedMs, group }: QuestionNotesProps) {
  const call = useCall();
  const headingId = `q-${item.id}`;
  const set = (next: Status) =>
    void call('interviews.setQuestionStatus', {
      interviewId,
      guideItemId: item.id,
      status: status === next ? 'pending' : next,
      atMs: elapsedMs(),
    });
  return (
    <section className={`live-question is-${status}`} aria-labelledby={headingId} data-guide-item={item.id}>
      <header className="live-question-head">
        <span className="live-question-number" aria-hidden="true">
          {index + 1}
        </span>
        <div className="live-question-words">
          <h2 id={headingId} className="live-question-text">
            {item.text}
          </h2>
          {item.followUps.length ? (
            <ul className="live-followups" aria-label="Follow-up probes">
              {item.followUps.map((f) => (
                <li key={f}>{f}</li>
              ))}
            </ul>
          ) : null}
        </div>
        <div className="live-question-status" role="group" aria-label={`Question ${index + 1} status`}>
          <button
            type="button"
            className={`status-toggle asked${status === 'asked' ? ' is-on' : ''}`}
            aria-pressed={status === 'asked'}
            onClick={() => set('asked')}
          >
            {status === 'asked' ? '✓ Asked' : 'Asked'}
          </button>
          <button
            type="button"
            className={`status-toggle skipped${status === 'skipped' ? ' is-on' : ''}`}
            aria-pressed={status === 'skipped'}
            onClick={() => set('skipped')}
          >
            Skipped
          </button>
          {status !== 'pending' && atMs !== null ? (
            <span className="live-question-at muted">at {formatElapsed(atMs)}</span>
          ) : null}
        </div>
      </header>
      <NoteEditor
        interviewId={interviewId}
        guideItemId={item.id}
        initial={note}
        label={`Notes for question ${index + 1}`}
        placeholder="Notes for this question…"
        elapsedMs={elapsedMs}
        group={group}
      />
    </section>
  );
}
