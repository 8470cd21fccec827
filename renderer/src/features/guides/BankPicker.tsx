/** Pick bank questions for a guide: fuzzy filter, add one at a time, see what is already in the guide. */
import { useCallback, useMemo } from 'react';
import { QUESTION_CATEGORY_LABELS, type Question } from '../../../../shared/domain/guide';
import { useQuery } from '../../api/hooks';
import { AddPicker } from '../../ui/AddPicker';
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
  const live = useMemo(() => (questions.data ?? []).filter((q) => !q.archived), [questions.data]);
  const fuse = useMemo(() => questionFuse(live), [live]);
  const filter = useCallback(
    (items: readonly Question[], query: string) => {
      const found = filterQuestions(fuse, [...items], query);
      return query.trim() ? found : found.sort((a, b) => Number(b.favourite) - Number(a.favourite));
    },
    [fuse],
  );
  return (
    <AddPicker
      title="Add questions from the bank"
      description="Filter by any words; each question is added to the end of the guide."
      filterLabel="Filter bank questions"
      listLabel="Bank questions"
      items={live}
      filter={filter}
      keyOf={(q) => q.id}
      nameOf={(q) => q.text}
      render={(q) => (
        <>
          {q.favourite ? <span aria-label="Favourite">★ </span> : null}
          {q.text}
          <span className="muted"> · {QUESTION_CATEGORY_LABELS[q.category]}</span>
        </>
      )}
      isAdded={(q) => inGuide.has(q.id)}
      addedLabel="In the guide"
      onAdd={onAdd}
      empty={(query) => `No question matches “${query}”.`}
      footerHint={`${inGuide.size} in the guide`}
      onClose={onClose}
    />
  );
}
