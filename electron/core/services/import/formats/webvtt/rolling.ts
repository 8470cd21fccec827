/**
 * YouTube-style "rolling" captions show two lines, and each new cue repeats the line that was
 * already on screen (plus 10 ms cues holding only that line). Read naively every sentence
 * appears twice. This filter keeps only what each cue adds.
 */

/** Share of cues that must start with the previous cue's last line to call a file rolling. */
const ROLLING_SHARE = 0.3;

export function looksRolling(cueLines: readonly string[][]): boolean {
  let repeats = 0;
  for (let i = 1; i < cueLines.length; i++) {
    const prev = cueLines[i - 1]!;
    const first = cueLines[i]![0];
    if (first !== undefined && first.length > 0 && first === prev[prev.length - 1]) repeats++;
  }
  return repeats >= 2 && repeats / Math.max(1, cueLines.length - 1) >= ROLLING_SHARE;
}

/** Stateful: feed cues in order, get back the lines each one adds (possibly none). */
export class RollingFilter {
  private tail: string[] = [];

  add(lines: readonly string[]): string[] {
    const fresh = lines.filter((l) => l.length > 0);
    // Longest run of the cue's first lines that repeats the last lines already shown.
    let overlap = 0;
    for (let k = Math.min(fresh.length, this.tail.length); k > 0; k--) {
      if (fresh.slice(0, k).every((l, j) => l === this.tail[this.tail.length - k + j])) {
        overlap = k;
        break;
      }
    }
    const added = fresh.slice(overlap);
    // Paint-on captions grow a line word by word: "so the" then "so the invoices".
    const last = this.tail[this.tail.length - 1];
    if (overlap === 0 && last !== undefined && added[0]?.startsWith(`${last} `)) {
      this.tail[this.tail.length - 1] = added[0];
      this.tail.push(...added.slice(1));
      added[0] = added[0].slice(last.length + 1);
    } else {
      this.tail.push(...added);
    }
    this.tail = this.tail.slice(-4);
    return added;
  }
}
