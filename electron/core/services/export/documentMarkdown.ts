/** A persona document as Markdown, every attribute followed by its numbered citations. */
import type { PersonaDocument } from './personaDocument';

function md(text: string): string {
  // Keep researcher text literal: escape what Markdown would treat as syntax at line starts and inline.
  return text.replace(/([\\`*_[\]<>#|])/g, '\\$1').replace(/\n+/g, ' ');
}

export function personaMarkdown(doc: PersonaDocument): string {
  const out: string[] = [`# ${md(doc.title)}`, ''];
  if (doc.subtitle) out.push(md(doc.subtitle), '');
  for (const [k, v] of doc.facts) out.push(`- **${k}:** ${md(v)}`);
  out.push('');
  for (const s of doc.sections) {
    out.push(`## ${s.title}`, '');
    for (const a of s.attributes) {
      const refs = a.citations.length ? ` [${a.citations.join('] [')}]` : '';
      const label = a.label ? `**${a.label}:** ` : '';
      out.push(`- ${label}${md(a.statement)}${refs}${a.assumption ? ' _(assumption)_' : ''}`);
      for (const d of a.detail) out.push(`  - ${md(d)}`);
      out.push(`  - _${md(a.confidence)}_`);
    }
    out.push('');
  }
  out.push('## Evidence', '');
  if (doc.citations.length === 0) out.push('_No quotes cited yet._');
  for (const c of doc.citations) {
    const where = [c.who, c.interview, c.date, c.timestamp].filter(Boolean).map(md).join(', ');
    out.push(`${c.n}. ${c.polarity === 'contradicts' ? '**Contradicts:** ' : ''}“${md(c.text)}” — ${where}`);
  }
  out.push('', '## Validation checklist', '');
  for (const c of doc.checklist) out.push(`- [${c.passed ? 'x' : ' '}] ${c.label} — ${md(c.detail)}`);
  if (doc.warnings.length) {
    out.push('', '## Warnings', '');
    for (const w of doc.warnings) out.push(`- ${md(w)}`);
  }
  return `${out.join('\n')}\n`;
}
