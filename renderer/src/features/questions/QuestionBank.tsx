/** The question bank: questions grouped by category, fuzzy filter, favourite star, archive, add and edit. */
import { useMemo, useState } from 'react';
import {
  PERSONA_SECTION_LABELS,
  QUESTION_CATEGORIES,
  QUESTION_CATEGORY_LABELS,
  type Question,
} from '../../../../shared/domain/guide';
import { useQuery } from '../../api/hooks';
import { EmptyState } from '../../ui/EmptyState';
import { count } from '../../ui/format';
import { Icon } from '../../ui/Icon';
import { ErrorNotice } from '../../ui/Notice';
import { showToast } from '../../ui/Toast';
import { FilterField } from '../../ui/Toolbar';
import { useKeyShortcut } from '../../keys/useKeyShortcut';
import { useCall } from '../../api/useCall';
import { QuestionDialog } from './QuestionDialog';
import { filterQuestions, questionFuse } from './questionSearch';

function QuestionRow({ question, onEdit }: { question: Question; onEdit(): void }) {
  const call = useCall();
  const update = (patch: { favourite?: boolean; archived?: boolean }) =>
    call('questions.update', { id: question.id, patch });
  async function archive(archived: boolean) {
    const done = await update({ archived });
    if (done && archived)
      showToast({
        message: 'Question archived.',
        action: { label: 'Undo', run: () => void update({ archived: false }) },
      });
  }
  return (
    <li className={`question-row${question.archived ? ' is-archived' : ''}`}>
      <button
        type="button"
        className={`star-button${question.favourite ? ' is-on' : ''}`}
        aria-pressed={question.favourite}
        aria-label="Favourite"
        title={question.favourite ? 'Remove from favourites' : 'Add to favourites'}
        onClick={() => void update({ favourite: !question.favourite })}
      >
        {question.favourite ? '★' : '☆'}
      </button>
      <div className="question-body">
        <p className="question-text">{question.text}</p>
        {question.followUps.length ? (
          <ul className="question-followups" aria-label="Follow-up probes">
            {question.followUps.map((f) => (
              <li key={f}>{f}</li>
            ))}
          </ul>
        ) : null}
        <p className="question-meta">
          {question.informs.map((s) => (
            <span key={s} className="chip">
              {PERSONA_SECTION_LABELS[s]}
            </span>
          ))}
          {question.usedInGuides ? <span className="muted">In {count(question.usedInGuides, 'guide')}</span> : null}
          {question.builtin ? <span className="muted">Built in</span> : null}
          {question.archived ? <span className="muted">Archived</span> : null}
        </p>
      </div>
      <div className="question-actions">
        <button type="button" className="btn btn-quiet" onClick={onEdit}>
          Edit
        </button>
        <button type="button" className="btn btn-quiet" onClick={() => void archive(!question.archived)}>
          {question.archived ? 'Restore' : 'Archive'}
        </button>
      </div>
    </li>
  );
}

export function QuestionBank() {
  const questions = useQuery('questions.list', {});
  const [filter, setFilter] = useState('');
  const [showArchived, setShowArchived] = useState(false);
  const [favouritesOnly, setFavouritesOnly] = useState(false);
  const [editing, setEditing] = useState<Question | 'new' | null>(null);
  useKeyShortcut('app.new', () => setEditing('new'));

  const all = useMemo(() => questions.data ?? [], [questions.data]);
  const visible = useMemo(
    () => all.filter((q) => (showArchived || !q.archived) && (!favouritesOnly || q.favourite)),
    [all, showArchived, favouritesOnly],
  );
  const fuse = useMemo(() => questionFuse(visible), [visible]);
  const matches = useMemo(() => filterQuestions(fuse, visible, filter), [fuse, visible, filter]);
  const groups = QUESTION_CATEGORIES.map((category) => {
    const inGroup = matches.filter((q) => q.category === category);
    // Unfiltered, favourites lead each group; filtered, the best match leads.
    if (!filter.trim()) inGroup.sort((a, b) => Number(b.favourite) - Number(a.favourite));
    return { category, questions: inGroup };
  }).filter((g) => g.questions.length);

  let content;
  if (questions.error && !questions.data)
    content = (
      <ErrorNotice
        title="The question bank could not be loaded"
        message={questions.error.message}
        onRetry={() => void questions.refetch()}
      />
    );
  else if (!questions.data) content = <p className="loading muted">Loading the question bank…</p>;
  else if (all.length === 0)
    content = (
      <EmptyState
        title="No questions yet"
        icon={<Icon name="questions" size={32} />}
        action={{ label: 'Add a question', onClick: () => setEditing('new'), shortcut: 'N' }}
      >
        <p>Collect the questions you ask in interviews, grouped by what they help you learn.</p>
      </EmptyState>
    );
  else
    content = (
      <div className="question-groups">
        {groups.map((g) => (
          <section key={g.category} className="question-group" aria-labelledby={`cat-${g.category}`}>
            <h2 id={`cat-${g.category}`} className="question-group-title">
              {QUESTION_CATEGORY_LABELS[g.category]} <span className="muted">{g.questions.length}</span>
            </h2>
            <ul className="question-list">
              {g.questions.map((q) => (
                <QuestionRow key={q.id} question={q} onEdit={() => setEditing(q)} />
              ))}
            </ul>
          </section>
        ))}
        {groups.length === 0 ? <p className="no-matches">No question matches “{filter}”.</p> : null}
      </div>
    );

  return (
    <>
      <div className="subbar">
        <FilterField label="Filter questions" value={filter} onChange={setFilter} />
        <label className="check">
          <input type="checkbox" checked={favouritesOnly} onChange={(e) => setFavouritesOnly(e.target.checked)} />
          <span className="check-label">Favourites only</span>
        </label>
        <label className="check">
          <input type="checkbox" checked={showArchived} onChange={(e) => setShowArchived(e.target.checked)} />
          <span className="check-label">Show archived</span>
        </label>
        <span className="subbar-count muted">{count(matches.length, 'question')}</span>
        <button
          type="button"
          className="btn btn-primary"
          onClick={() => setEditing('new')}
          aria-keyshortcuts="n"
          title="New question (N)"
        >
          <Icon name="plus" />
          New question
        </button>
      </div>
      <div className="screen-content">{content}</div>
      {editing ? (
        <QuestionDialog question={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />
      ) : null}
    </>
  );
}
