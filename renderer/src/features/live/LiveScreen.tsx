/** Interview mode: a focused page for a live interview — timer, the guide's questions with notes, general notes, coverage. */
import { useEffect, useState, useSyncExternalStore } from 'react';
import type { InterviewCoverage, Note } from '../../../../shared/domain/guide';
import { asApiError } from '../../api/errors';
import { useApi, useQuery } from '../../api/hooks';
import { QueryError } from '../../ui/QueryError';
import { formatElapsed } from '../../editor/TimestampNode';
import { ErrorNotice } from '../../ui/Notice';
import { InterviewCoverageView } from '../coverage/InterviewCoverageView';
import { MOD_LABEL } from '../../keys/labels';
import { NoteEditor } from './NoteEditor';
import { SaverGroup, type SaveStatus } from './noteSaver';
import { QuestionNotes } from './QuestionNotes';
import { useElapsed } from './useElapsed';
import '../../styles/live.css';
import '../../styles/notes.css';

const OVERALL: Record<SaveStatus, string> = {
  saved: 'All notes saved',
  unsaved: 'Saving soon…',
  saving: 'Saving…',
  failed: 'Notes not saved — retrying',
  conflict: 'A note was changed in another window',
};

function useNotes(interviewId: number) {
  const { client } = useApi();
  const [state, setState] = useState<{ notes: Note[] | null; error: string | null }>({ notes: null, error: null });
  useEffect(() => {
    let live = true;
    // Loaded once: editors own their text from here on; refetching would fight the typing.
    client.call('notes.forInterview', { interviewId }).then(
      (notes) => live && setState({ notes, error: null }),
      (error: unknown) => live && setState({ notes: null, error: asApiError(error).message }),
    );
    return () => {
      live = false;
    };
  }, [client, interviewId]);
  return state;
}

function GuideQuestions({
  interviewId,
  guideId,
  coverage,
  notes,
  elapsedMs,
  group,
}: {
  interviewId: number;
  guideId: number;
  coverage: InterviewCoverage;
  notes: Note[];
  elapsedMs(): number;
  group: SaverGroup;
}) {
  const guide = useQuery('guides.get', { id: guideId });
  if (guide.error && !guide.data)
    return <ErrorNotice title="The guide could not be loaded" message={guide.error.message} />;
  if (!guide.data) return <p className="loading muted">Loading the guide…</p>;
  return (
    <>
      <p className="live-guide-name muted">Guide: {guide.data.name}</p>
      {guide.data.items.map((item, i) => {
        const q = coverage.questions.find((c) => c.guideItemId === item.id);
        return (
          <QuestionNotes
            key={item.id}
            interviewId={interviewId}
            index={i}
            item={item}
            status={q?.status ?? 'pending'}
            atMs={q?.atMs ?? null}
            note={notes.find((n) => n.guideItemId === item.id) ?? null}
            elapsedMs={elapsedMs}
            group={group}
          />
        );
      })}
    </>
  );
}

export function LiveScreen({ interviewId }: { interviewId: number }) {
  const interview = useQuery('interviews.get', { id: interviewId }, { errors: 'toast' });
  const coverage = useQuery('coverage.interview', { interviewId });
  const guideId = coverage.data?.guideId ?? null;
  const { notes, error } = useNotes(interviewId);
  const elapsed = useElapsed(interviewId);
  const [group] = useState(() => new SaverGroup());
  const overall = useSyncExternalStore(group.subscribe, group.overall);

  useEffect(() => {
    const flush = () => void group.flushAll();
    const onVisibility = () => document.visibilityState === 'hidden' && flush();
    window.addEventListener('beforeunload', flush);
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('beforeunload', flush);
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [group]);

  const title = interview.data?.title ?? '…';
  useEffect(() => {
    document.title = `Interview mode — ${title} — Groundwork`;
  }, [title]);

  let questions;
  if (error) questions = <ErrorNotice title="The notes could not be loaded" message={error} />;
  else if (coverage.error && !coverage.data) questions = <QueryError what="The interview’s guide" query={coverage} />;
  else if (!notes || !coverage.data) questions = <p className="loading muted">Loading the guide and notes…</p>;
  else if (guideId === null)
    questions = (
      <div className="live-no-guide">
        <p>
          This interview has no guide. Choose one in Interviews (the inspector’s “Interview guide”), or take general
          notes on the right.
        </p>
      </div>
    );
  else
    questions = (
      <GuideQuestions
        interviewId={interviewId}
        guideId={guideId}
        coverage={coverage.data}
        notes={notes}
        elapsedMs={elapsed.now}
        group={group}
      />
    );

  return (
    <main className="live" aria-labelledby="screen-title">
      <header className="live-bar">
        <a className="btn btn-quiet" href="#/interviews">
          ← Interviews
        </a>
        <div className="live-title">
          <h1 id="screen-title" title={title}>
            {title}
          </h1>
          <span className="muted">Interview mode</span>
        </div>
        <span className={`live-save is-${overall}`} role="status" aria-live="polite">
          {OVERALL[overall]}
        </span>
        <div className="live-timer" role="timer" aria-label="Elapsed time">
          <span className="live-timer-value" aria-hidden="true">
            {formatElapsed(elapsed.ms)}
          </span>
          <span className="visually-hidden">{formatElapsed(elapsed.ms)}</span>
        </div>
        <button
          type="button"
          className={`btn ${elapsed.running ? '' : 'btn-primary'} live-timer-button`}
          onClick={elapsed.toggle}
        >
          {elapsed.running ? 'Pause' : elapsed.ms > 0 ? 'Resume' : 'Start'}
        </button>
      </header>
      <div className="live-body">
        <div className="live-questions">{questions}</div>
        <aside className="live-side" aria-label="General notes and coverage">
          <section className="live-general" aria-labelledby="general-notes">
            <h2 id="general-notes" className="section-heading">
              General notes
            </h2>
            {notes ? (
              <NoteEditor
                interviewId={interviewId}
                guideItemId={null}
                initial={notes.find((n) => n.guideItemId === null) ?? null}
                label="General notes"
                placeholder="Anything beyond the questions…"
                elapsedMs={elapsed.now}
                group={group}
              />
            ) : null}
            <p className="field-hint">
              <kbd className="kbd">{MOD_LABEL}</kbd>+<kbd className="kbd">Shift</kbd>+<kbd className="kbd">;</kbd>{' '}
              inserts the elapsed time · select words and press <kbd className="kbd">{MOD_LABEL}</kbd>+
              <kbd className="kbd">Shift</kbd>+<kbd className="kbd">K</kbd> to make a quote
            </p>
          </section>
          <InterviewCoverageView interviewId={interviewId} />
        </aside>
      </div>
    </main>
  );
}
