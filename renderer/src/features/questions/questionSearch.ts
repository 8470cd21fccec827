/** Fuzzy filtering of bank questions (fuse.js): by text first, then follow-ups and category. */
import Fuse from 'fuse.js';
import { QUESTION_CATEGORY_LABELS, type Question } from '../../../../shared/domain/guide';

export function questionFuse(questions: readonly Question[]): Fuse<Question> {
  return new Fuse([...questions], {
    keys: [
      { name: 'text', weight: 3 },
      { name: 'followUps', weight: 1 },
      { name: 'categoryLabel', weight: 1, getFn: (q) => QUESTION_CATEGORY_LABELS[q.category] },
    ],
    threshold: 0.38,
    ignoreLocation: true,
  });
}

/** All questions when the filter is empty, else the fuzzy matches best first. */
export function filterQuestions(fuse: Fuse<Question>, all: readonly Question[], query: string): Question[] {
  const q = query.trim();
  return q ? fuse.search(q).map((r) => r.item) : [...all];
}
