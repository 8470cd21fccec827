/**
 * Pseudonyms for participants: neutral codes (P01, P02, …) that can never be mistaken for a person's
 * name. A new code is one past the highest code in use, so a code seen in an earlier export is not
 * handed to someone else when a participant in the middle is deleted.
 */

const CODE = /^p(\d+)$/i;

/** The code after the highest one in `taken` (compared case-insensitively), two digits at least. */
export function nextPseudonym(taken: Iterable<string>, skip: (candidate: string) => boolean = () => false): string {
  let max = 0;
  for (const t of taken) {
    const m = CODE.exec(t.trim());
    if (m) max = Math.max(max, Number(m[1]));
  }
  for (let n = max + 1; ; n++) {
    const candidate = `P${String(n).padStart(2, '0')}`;
    if (!skip(candidate)) return candidate;
  }
}

export function isPseudonymCode(pseudonym: string): boolean {
  return CODE.test(pseudonym.trim());
}
