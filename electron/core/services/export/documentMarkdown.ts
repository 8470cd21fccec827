/** A cited document as Markdown, every item followed by its numbered citations, then the sources. */
import type { CitedDocument } from './citedDocument';

function md(text: string): string {
  // Keep researcher text literal: escape what Markdown would treat as syntax at line starts and inline.
  return text.replace(/([\\`*_[\]<>#|])/g, '\\$1').replace(/\n+/g, ' ');
}

export function documentMarkdown(doc: CitedDocument): string {
  const out: string[] = [`# ${md(doc.title)}`, ''];
  if (doc.subtitle) out.push(md(doc.subtitle), '');
  for (const [k, v] of doc.facts) out.push(`- **${k}:** ${md(v)}`);
  out.push('');
  for (const s of doc.sections) {
    out.push(`## ${md(s.title)}`, '');
    for (const a of s.items) {
      const refs = a.citations.length ? ` [${a.citations.join('] [')}]` : '';
      const label = a.label ? `**${a.label}:** ` : '';
      out.push(`- ${label}${md(a.statement)}${refs}${a.flag ? ` _(${md(a.flag)})_` : ''}`);
      for (const d of a.detail) out.push(`  - ${md(d)}`);
      if (a.note) out.push(`  - _${md(a.note)}_`);
    }
    out.push('');
  }
  out.push('## Sources', '');
  if (doc.citations.length === 0) out.push('_No quotes cited yet._');
  for (const c of doc.citations) {
    const where = [c.who, c.interview, c.date, c.timestamp].filter(Boolean).map(md).join(', ');
    out.push(`${c.n}. ${c.polarity === 'contradicts' ? '**Contradicts:** ' : ''}“${md(c.text)}” — ${where}`);
  }
  if (doc.checklist.length) {
    out.push('', '## Validation checklist', '');
    for (const c of doc.checklist) out.push(`- [${c.passed ? 'x' : ' '}] ${md(c.label)} — ${md(c.detail)}`);
  }
  if (doc.warnings.length) {
    out.push('', '## Warnings', '');
    for (const w of doc.warnings) out.push(`- ${md(w)}`);
  }
  return `${out.join('\n')}\n`;
}
