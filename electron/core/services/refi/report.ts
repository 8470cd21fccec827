/** Collects what an import or export carried over and what it could not, by kind and count. */
import type { LossReport, ReportLine } from '../../../../shared/domain/refi';

const MAX_EXAMPLES = 5;

export class ReportBuilder {
  private readonly carried = new Map<string, ReportLine>();
  private readonly lost = new Map<string, ReportLine>();
  private readonly adjustments: string[] = [];

  constructor(
    private readonly direction: 'import' | 'export',
    private readonly fileName: string,
    public origin: string | null = null,
  ) {}

  carry(kind: string, count = 1): void {
    if (count <= 0) return;
    const line = this.carried.get(kind) ?? { kind, count: 0, reason: '', examples: [] };
    line.count += count;
    this.carried.set(kind, line);
  }

  /** `kind` and `reason` together name a line; examples are kept up to five. */
  lose(kind: string, reason: string, example?: string, count = 1): void {
    if (count <= 0) return;
    const key = `${kind}\u0000${reason}`;
    const line = this.lost.get(key) ?? { kind, count: 0, reason, examples: [] };
    line.count += count;
    if (example && line.examples.length < MAX_EXAMPLES && !line.examples.includes(example)) line.examples.push(example);
    this.lost.set(key, line);
  }

  adjust(sentence: string): void {
    if (!this.adjustments.includes(sentence)) this.adjustments.push(sentence);
  }

  build(): LossReport {
    return {
      direction: this.direction,
      fileName: this.fileName,
      origin: this.origin,
      carried: [...this.carried.values()],
      notCarried: [...this.lost.values()],
      adjustments: [...this.adjustments],
    };
  }
}

export function shorten(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}
