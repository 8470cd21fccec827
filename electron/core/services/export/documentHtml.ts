/** A cited document as one self-contained, printable HTML page (no scripts, no external files). */
import type { CitedDocument } from './citedDocument';

const esc = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const STYLE = `
  body { font: 15px/1.55 system-ui, -apple-system, "Segoe UI", sans-serif; color: #1a1a1a; max-width: 46rem; margin: 2.5rem auto; padding: 0 1.5rem; }
  h1 { font-size: 1.8rem; margin: 0 0 .25rem; } h2 { font-size: 1.15rem; margin: 2rem 0 .5rem; border-bottom: 1px solid #ddd; padding-bottom: .25rem; }
  .subtitle { color: #555; margin: 0 0 1rem; } dl { display: grid; grid-template-columns: max-content 1fr; gap: .25rem 1rem; }
  dt { color: #555; } dd { margin: 0; } ul.attrs { padding-left: 1.1rem; } ul.attrs li { margin: .5rem 0; }
  .label { font-weight: 600; } .conf { display: block; color: #555; font-size: .85rem; } .assumption { color: #8a4b00; font-weight: 600; }
  sup a { text-decoration: none; color: #1f4fbf; } ol.evidence li { margin: .4rem 0; } .contra { color: #a11; font-weight: 600; }
  .where { color: #555; font-size: .9rem; } .check { list-style: none; padding: 0; } .check li::before { content: attr(data-mark); display: inline-block; width: 1.4rem; }
  @media print { body { margin: 0; max-width: none; } a { color: inherit; } }`;

export function documentHtml(doc: CitedDocument): string {
  const sections = doc.sections
    .map((s) => {
      const items = s.items
        .map((a) => {
          const refs = a.citations.map((n) => `<sup><a href="#c${n}">[${n}]</a></sup>`).join('');
          const label = a.label ? `<span class="label">${esc(a.label)}:</span> ` : '';
          const detail = a.detail.map((d) => `<br>${esc(d)}`).join('');
          const flag = a.flag ? ` <span class="assumption">(${esc(a.flag)})</span>` : '';
          return `<li>${label}${esc(a.statement)}${refs}${flag}${detail}${a.note ? `<span class="conf">${esc(a.note)}</span>` : ''}</li>`;
        })
        .join('\n');
      return `<h2>${esc(s.title)}</h2>\n<ul class="attrs">\n${items}\n</ul>`;
    })
    .join('\n');
  const evidence = doc.citations.length
    ? `<ol class="evidence">${doc.citations
        .map(
          (c) =>
            `<li id="c${c.n}">${c.polarity === 'contradicts' ? '<span class="contra">Contradicts:</span> ' : ''}“${esc(c.text)}” <span class="where">— ${esc(
              [c.who, c.interview, c.date, c.timestamp].filter(Boolean).join(', '),
            )}</span></li>`,
        )
        .join('\n')}</ol>`
    : '<p><em>No quotes cited yet.</em></p>';
  const checks = doc.checklist
    .map((c) => `<li data-mark="${c.passed ? '✓' : '○'}">${esc(c.label)} — ${esc(c.detail)}</li>`)
    .join('\n');
  const warnings = doc.warnings.length
    ? `<h2>Warnings</h2><ul>${doc.warnings.map((w) => `<li>${esc(w)}</li>`).join('')}</ul>`
    : '';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(doc.title)} — ${esc(doc.kind)}</title>
<style>${STYLE}</style>
</head>
<body>
<h1>${esc(doc.title)}</h1>
${doc.subtitle ? `<p class="subtitle">${esc(doc.subtitle)}</p>` : ''}
<dl>${doc.facts.map(([k, v]) => `<dt>${esc(k)}</dt><dd>${esc(v)}</dd>`).join('')}</dl>
${sections}
<h2>Sources</h2>
${evidence}
${doc.checklist.length ? `<h2>Validation checklist</h2>\n<ul class="check">${checks}</ul>` : ''}
${warnings}
</body>
</html>
`;
}
