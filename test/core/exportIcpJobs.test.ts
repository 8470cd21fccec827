/**
 * The ICP and one persona's jobs to be done export through the same cited-document renderers as
 * personas: every cited quote appears in the PDF text and as a numbered DOCX source, statements and
 * scores and job sentences are there, and pseudonymised files name no participant or company.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import mammoth from 'mammoth';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Criterion } from '../../shared/domain/icp';
import type { ExportFile, ExportFormat } from '../../shared/ipc/contract/exports';
import { makeCore, tempDir, type TestCore } from '../support/core';
import { buildExportStudy, REAL_NAME_PATTERN, type ExportStudy } from '../support/exportStudy';

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
const SHOTS = path.resolve('test-results/screenshots');

let t: TestCore;
let study: ExportStudy;
beforeEach(async () => {
  t = await makeCore();
  study = await buildExportStudy(t);
});
afterEach(() => t.close());

async function textOf(
  method: 'exports.icp' | 'exports.jobs',
  input: Record<string, unknown>,
  format: ExportFormat,
  png?: string,
): Promise<{ file: ExportFile; text: string }> {
  const file = await t.call(method, { ...input, format });
  const bytes = Buffer.from(file.content, file.encoding === 'base64' ? 'base64' : 'utf8');
  if (format === 'pdf') {
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    const f = path.join(tempDir(), 'x.pdf');
    fs.writeFileSync(f, bytes);
    if (png) {
      fs.mkdirSync(SHOTS, { recursive: true });
      execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', f, path.join(SHOTS, png)]);
    }
    return { file, text: execFileSync('pdftotext', ['-enc', 'UTF-8', f, '-'], { encoding: 'utf8' }) };
  }
  if (format === 'docx') return { file, text: (await mammoth.convertToHtml({ buffer: bytes })).value };
  return { file, text: bytes.toString('utf8') };
}

async function icpStudy() {
  const [q0, q1, q2] = study.quotes;
  await t.call('icp.statements.add', {
    section: 'firmographics',
    field: 'industry',
    statement: 'Freight and logistics firms with their own fleet',
    quoteIds: [q1!.id],
  });
  await t.call('icp.statements.add', {
    section: 'signal_positive',
    statement: 'Hiring a financial controller',
    quoteIds: [q0!.id, q2!.id],
  });
  const criteria = await t.call('icp.matrix').then((m) => (m as unknown as { criteria: Criterion[] }).criteria);
  for (const c of criteria)
    await t.call('icp.score', {
      companyId: study.company.id,
      criterionId: c.id,
      score: 5,
      note: c.name === 'Budget' ? 'Budget set aside for Q3' : undefined,
    });
  await t.call('icp.scores.cite', {
    companyId: study.company.id,
    criterionId: criteria[0]!.id,
    quoteId: study.quotes[3]!.id,
  });
  const other = await t.call('companies.create', { name: 'Borealis Shipping', industry: 'Logistics' });
  await t.call('icp.score', { companyId: other.id, criterionId: criteria[0]!.id, score: 1 });
  return { criteria };
}

describe('ICP export', () => {
  it('holds the cited statements, the matrix and the companies by score in every format, with every quote', async () => {
    await icpStudy();
    const cited = [study.quotes[1]!, study.quotes[0]!, study.quotes[2]!, study.quotes[3]!];
    const pdf = await textOf('exports.icp', {}, 'pdf', 'icp-export-pdf-core');
    expect(pdf.file.fileName).toBe('Ideal customer profile.pdf');
    const text = squash(pdf.text);
    for (const q of cited) expect(text).toContain(squash(q.exactText));
    for (const s of [
      'Firmographics',
      'Freight and logistics firms with their own fleet',
      'Positive signals',
      'Scoring matrix',
      'Pain intensity (25%)',
      'Companies by score',
      'Acme Freight',
      '5.0 — Tier 1',
      'Not fully scored (1 of 6 criteria)',
      'Budget: 5 — Budget set aside for Q3',
    ]) {
      expect(text).toContain(s);
    }
    const docx = await textOf('exports.icp', {}, 'docx');
    const sources = /<ol>(.*?)<\/ol>/s.exec(docx.text)![1]!;
    expect([...sources.matchAll(/<li>/g)]).toHaveLength(cited.length);
    for (let n = 1; n <= cited.length; n++) expect(docx.text).toContain(`[${n}]`);
    const md = await textOf('exports.icp', {}, 'md');
    expect(md.text).toMatch(/^# Ideal customer profile/);
    expect(md.text).toContain('**Industry:** Freight and logistics firms with their own fleet [1]');
  });

  it('pseudonymised: companies and participants are replaced everywhere, statements and scores kept', async () => {
    await icpStudy();
    for (const format of ['md', 'html', 'pdf', 'docx'] as const) {
      const { file, text } = await textOf('exports.icp', { pseudonymise: true }, format);
      expect(file.fileName).toBe(`Ideal customer profile (pseudonymised).${format}`);
      expect(text, format).not.toMatch(REAL_NAME_PATTERN);
      expect(text, format).not.toContain('Borealis');
      expect(text, format).toContain('Company A');
      expect(text, format).toContain('Company B');
    }
  });
});

describe('jobs-to-be-done export (per persona)', () => {
  async function jobsStudy() {
    const [q0, q1, q2] = study.quotes;
    const staged = await t.call('jobs.create', {
      situation: 'month-end close starts',
      motivation: 'pull every ledger into one place',
      outcome: 'close in two days instead of four',
      kind: 'functional',
      stage: 'execute',
      personaIds: [study.persona.id],
      quoteIds: [q0!.id, q1!.id],
    });
    const unstaged = await t.call('jobs.create', {
      situation: 'the auditors arrive',
      motivation: 'feel sure nothing is missing',
      outcome: 'sleep the night before',
      kind: 'emotional',
      personaIds: [study.persona.id],
      quoteIds: [q2!.id],
    });
    return { staged, unstaged };
  }

  it('follows the job map, with every job sentence and every cited quote, in every format', async () => {
    const { staged, unstaged } = await jobsStudy();
    const pdf = await textOf('exports.jobs', { personaId: study.persona.id }, 'pdf', 'jobs-export-pdf-core');
    expect(pdf.file.fileName).toBe('Jobs to be done — Finance Ops Fiona.pdf');
    const text = squash(pdf.text);
    for (const s of [
      staged.sentence,
      unstaged.sentence,
      'Execute —',
      'Not placed on the map yet',
      'Functional job',
      'Emotional job',
    ])
      expect(text).toContain(s);
    for (const q of study.quotes.slice(0, 3)) expect(text).toContain(squash(q.exactText));
    expect(text.indexOf('Execute —')).toBeLessThan(text.indexOf('Not placed on the map yet'));
    const docx = await textOf('exports.jobs', { personaId: study.persona.id }, 'docx');
    expect([.../<ol>(.*?)<\/ol>/s.exec(docx.text)![1]!.matchAll(/<li>/g)]).toHaveLength(3);
    for (const n of [1, 2, 3]) expect(docx.text).toContain(`[${n}]`);
    const html = await textOf('exports.jobs', { personaId: study.persona.id }, 'html');
    expect(html.text).toContain('<title>Jobs to be done — Finance Ops Fiona — jobs to be done</title>');
  });

  it('pseudonymised names nobody; an unknown persona is refused', async () => {
    await jobsStudy();
    for (const format of ['md', 'pdf', 'docx'] as const) {
      const { text } = await textOf('exports.jobs', { personaId: study.persona.id, pseudonymise: true }, format);
      expect(text, format).not.toMatch(REAL_NAME_PATTERN);
    }
    await expect(t.call('exports.jobs', { personaId: 999, format: 'pdf' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });
});
