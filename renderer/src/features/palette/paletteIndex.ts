/**
 * The command palette's index: every word of every item's label, detail and keywords (aliases, e-mail), sorted once when the
 * records change, so a keystroke finds the items whose words start with what was typed by binary search
 * instead of fuzzy-matching every record. Fuse (typo-tolerant) runs only over those candidates, or over
 * everything when no word matches (a typo), built on first need.
 */
import Fuse from 'fuse.js';
import type { PaletteItem } from './commands';

const words = (text: string) =>
  text
    .toLocaleLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

const FUSE_OPTIONS = {
  keys: [{ name: 'label', weight: 3 }, 'detail', 'keywords', { name: 'kind', weight: 0.5 }],
  threshold: 0.4,
  ignoreLocation: true,
};

export class PaletteIndex {
  /** [word, item position], sorted by word. */
  private readonly entries: [string, number][] = [];
  private fuzzy: Fuse<PaletteItem> | null = null;

  constructor(private readonly items: readonly PaletteItem[]) {
    items.forEach((item, i) => {
      for (const w of new Set([
        ...words(item.label),
        ...words(item.detail),
        ...words(item.keywords ?? ''),
        ...words(item.kind),
      ]))
        this.entries.push([w, i]);
    });
    this.entries.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1]));
  }

  /** Positions of the items with a word starting with `prefix`. */
  private withPrefix(prefix: string): Set<number> {
    let lo = 0;
    let hi = this.entries.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.entries[mid]![0] < prefix) lo = mid + 1;
      else hi = mid;
    }
    const out = new Set<number>();
    for (let i = lo; i < this.entries.length && this.entries[i]![0].startsWith(prefix); i++)
      out.add(this.entries[i]![1]);
    return out;
  }

  search(query: string, limit: number): PaletteItem[] {
    const typed = words(query);
    if (typed.length === 0) return this.items.slice(0, limit);
    // Items that have a word starting with each typed word, in any order.
    const [first, ...rest] = typed.map((w) => this.withPrefix(w));
    const hits = new Set([...first!].filter((i) => rest.every((found) => found.has(i))));
    if (hits.size > 0) {
      const candidates = [...hits].sort((a, b) => a - b).map((i) => this.items[i]!);
      // Best first: the label starting with the query, then Fuse's score among the candidates.
      const q = query.trim().toLocaleLowerCase();
      const ranked = new Fuse(candidates, { ...FUSE_OPTIONS, threshold: 1 }).search(query.trim()).map((r) => r.item);
      const order = ranked.length === candidates.length ? ranked : candidates;
      return [
        ...order.filter((i) => i.label.toLocaleLowerCase().startsWith(q)),
        ...order.filter((i) => !i.label.toLocaleLowerCase().startsWith(q)),
      ].slice(0, limit);
    }
    this.fuzzy ??= new Fuse(this.items as PaletteItem[], FUSE_OPTIONS);
    return this.fuzzy.search(query.trim(), { limit }).map((r) => r.item);
  }
}
