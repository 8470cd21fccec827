/** Pick bank questions for a guide: fuzzy filter, add one at a time, see what is already in the guide. */
import { useMemo, useState } from 'react';
import { QUESTION_CATEGORY_LABELS, type Question } from '../../../../shared/domain/guide';
import { useQuery } from '../../api/hooks';
import { Dialog } from '../../ui/Dialog';
import { filterQuestions, questionFuse } from '../questions/questionSearch';

export function BankPicker({
  inGuide,
  onAdd,
  onClose,
}: {
  inGuide: ReadonlySet<number>;
  onAdd(q: Question): void;
  onClose(): void;
}) {
  const questions = useQuery('questions.list', {}, { errors: 'toast' });
  const [query, setQuery] = useState('');
  const live = useMemo(() => (questions.data ?? []).filter((q) => !q.archived), [questions.data]);
  const fuse = useMemo(() => questionFuse(live), [live]);
  const matches = useMemo(() => {
    const found = filterQuestions(fuse, live, query);
    return query.trim() ? found : found.sort((a, b) => Number(b.favourite) - Number(a.favourite));
  }, [fuse, live, query]);
  return (
    <Dialog
      title="Add questions from the bank"
      description="Filter by any words; each question is added to the end of the guide."
      onClose={onClose}
      size="wide"
    >
      <div className="dialog-body bank-picker">
        <input
          type="search"
          className="input"
          aria-label="Filter bank questions"
          placeholder="Filter bank questions"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          data-autofocus
        />
        <ul className="bank-picker-list" aria-label="Bank questions">
          {matches.map((q) => {
            const added = inGuide.has(q.id);
            return (
              <li key={q.id} className="bank-picker-row">
                <span className="bank-picker-text">
                  {q.favourite ? <span aria-label="Favourite">★ </span> : null}
                  {q.text}
                  <span className="muted"> · {QUESTION_CATEGORY_LABELS[q.category]}</span>
                </span>
                <button
                  type="button"
                  className="btn"
                  disabled={added}
                  onClick={() => onAdd(q)}
                  aria-label={added ? `In the guide: ${q.text}` : `Add: ${q.text}`}
                >
                  {added ? 'In the guide' : 'Add'}
                </button>
              </li>
            );
          })}
          {matches.length === 0 ? <li className="no-matches">No question matches “{query}”.</li> : null}
        </ul>
      </div>
      <footer className="dialog-footer">
        <span className="dialog-footer-hint">{inGuide.size} in the guide</span>
        <button type="button" className="btn btn-primary" onClick={onClose}>
          Done
        </button>
      </footer>
    </Dialog>
  );
}
