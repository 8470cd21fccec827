/** `export PROJECT --persona ID --format md|html|pdf|docx [--pseudonymise] [--out FILE]` over a real project file. */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/run';
import { makeCore, tempDir } from '../support/core';
import { buildExportStudy, REAL_NAME_PATTERN } from '../support/exportStudy';

function capture() {
  const io = {
    stdout: '',
    stderr: '',
    out: (s: string) => void (io.stdout += s),
    err: (s: string) => void (io.stderr += s),
  };
  return io;
}

async function projectWithPersona(): Promise<{ file: string; id: number; pseudonym: string }> {
  const t = await makeCore();
  const { persona, participants } = await buildExportStudy(t);
  t.close();
  return {
    file: t.projectPath,
    id: persona.id,
    pseudonym: participants.find((p) => p.realName === 'Tom Okafor')!.pseudonym,
  };
}

describe('cli export --persona', () => {
  it('writes PDF and DOCX files with --out, pseudonymised when asked', async () => {
    const { file, id, pseudonym } = await projectWithPersona();
    const dir = tempDir();
    const pdf = path.join(dir, 'fiona.pdf');
    const a = capture();
    expect(
      await runCli(['export', file, '--persona', String(id), '--format', 'pdf', '--pseudonymise', '--out', pdf], a),
    ).toBe(0);
    expect(a.stdout.trim()).toBe(pdf);
    expect(fs.readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' });
    expect(text).toContain(pseudonym);
    expect(text).not.toMatch(REAL_NAME_PATTERN);

    const docx = path.join(dir, 'fiona.docx');
    expect(await runCli(['export', file, '--persona', String(id), '--format', 'docx', '--out', docx], capture())).toBe(
      0,
    );
    const raw = (await mammoth.extractRawText({ path: docx })).value;
    expect(raw).toContain('Tom Okafor rebuilds the same spreadsheet');
    expect(fs.readdirSync(dir).sort()).toEqual(['fiona.docx', 'fiona.pdf']); // no temp files left
  });

  it('prints Markdown and HTML to standard output, pseudonymised when asked', async () => {
    const { file, id, pseudonym } = await projectWithPersona();
    const md = capture();
    expect(await runCli(['export', file, '--persona', String(id), '--format', 'md', '--pseudonymise'], md)).toBe(0);
    expect(md.stdout).toMatch(/^# Finance Ops Fiona/);
    expect(md.stdout).toContain(pseudonym);
    expect(md.stdout).not.toMatch(REAL_NAME_PATTERN);
    const html = capture();
    expect(await runCli(['export', file, '--persona', String(id), '--format', 'html'], html)).toBe(0);
    expect(html.stdout).toMatch(/^<!doctype html>/);
  });

  it("exports the ICP and a persona's jobs the same way", async () => {
    const t = await makeCore();
    const { persona, quotes } = await buildExportStudy(t);
    await t.call('icp.statements.add', {
      section: 'business',
      statement: 'Audits drive the purchase',
      quoteIds: [quotes[1]!.id],
    });
    await t.call('jobs.create', {
      situation: 'the close starts',
      motivation: 'see every ledger at once',
      outcome: 'finish in two days',
      stage: 'execute',
      personaIds: [persona.id],
      quoteIds: [quotes[0]!.id],
    });
    t.close();
    const dir = tempDir();
    const icp = path.join(dir, 'icp.pdf');
    expect(
      await runCli(['export', t.projectPath, '--icp', '--format', 'pdf', '--pseudonymise', '--out', icp], capture()),
    ).toBe(0);
    const icpText = execFileSync('pdftotext', ['-enc', 'UTF-8', icp, '-'], { encoding: 'utf8' });
    expect(icpText).toContain('Audits drive the purchase');
    expect(icpText).not.toMatch(REAL_NAME_PATTERN);
    const jobs = capture();
    expect(await runCli(['export', t.projectPath, '--jobs', String(persona.id), '--format', 'md'], jobs)).toBe(0);
    expect(jobs.stdout).toMatch(/^# Jobs to be done — Finance Ops Fiona/);
    expect(jobs.stdout).toContain(
      'When the close starts, I want to see every ledger at once, so I can finish in two days.',
    );
  });

  it('refuses a binary format without --out, an unknown format and an unknown persona, with one line each', async () => {
    const { file, id } = await projectWithPersona();
    for (const [args, reason] of [
      [['--persona', String(id), '--format', 'docx'], /DOCX is a binary file: say where to write it with --out FILE/],
      [['--persona', String(id), '--format', 'rtf'], /--format is one of md, html, pdf, docx/],
      [['--persona', '999', '--format', 'md'], /That persona no longer exists/],
    ] as const) {
      const io = capture();
      expect(await runCli(['export', file, ...args], io)).toBe(1);
      expect(io.stderr).toMatch(reason);
      expect(io.stderr.trim().split('\n')).toHaveLength(1);
    }
  });
});
