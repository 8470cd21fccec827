/** State every record form shares: the draft, and the errors of the last save mapped to fields. */
import { useState } from 'react';
import type { ApiError } from '../../api/errors';

export function useDraft<D extends object>(initial: () => D) {
  const [draft, setDraft] = useState<D>(initial);
  const set =
    <K extends keyof D>(key: K) =>
    (value: D[K]) =>
      setDraft((d) => ({ ...d, [key]: value }));
  return { draft, set, setDraft };
}

/** The message for the summary when no shown field carries the problem. */
export function summaryMessage(error: ApiError | null, labels: Record<string, string>): string | null {
  if (!error) return null;
  const onShownField = Object.keys(error.fields).some((name) => name in labels);
  return onShownField ? null : error.message;
}
