/** `export PROJECT --qdpx OUT | --qdc OUT` and `import-qdpx PROJECT FILE` over real project files. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/run';
import { makeCore, tempDir } from '../support/core';
import { buildInteropStudy, unpackQdpx, xsdErrors } from '../support/refi';

function capture() {
  const io = {
    stdout: '',
    stderr: '',
    out: (s: string) => void (io.stdout += s),
    err: (s: string) => void (io.stderr += s),
  };
  return io;
}

describe('cli REFI-QDA', () => {
  it('refuses a missing input file in one line before creating the new PROJECT', async () => {
    const dir = tempDir();
    const project = path.join(dir, 'new.groundwork');
    const io = capture();
    expect(await runCli(['import-qdpx', project, path.join(dir, 'absent.qdpx')], io)).toBe(1);
    expect(io.stderr).toMatch(/^groundwork: ENOENT: no such file or directory, open '.*absent\.qdpx'\n$/);
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('exports a valid .qdpx and .qdc, and imports the .qdpx into a new project with a --json report', async () => {
    const t = await makeCore();
    await buildInteropStudy(t);
    t.close();
    const dir = tempDir();
    const qdpx = path.join(dir, 'study.qdpx');
    const io = capture();
    expect(
      await runCli(
        ['export', t.projectPath, '--qdpx', qdpx, '--json', '--report', path.join(dir, 'export-report.txt')],
        io,
      ),
    ).toBe(0);
    const out = JSON.parse(io.stdout) as { file: string; report: { direction: string } };
    expect(out.file).toBe(qdpx);
    expect(out.report.direction).toBe('export');
    expect(fs.readFileSync(path.join(dir, 'export-report.txt'), 'utf8')).toContain('Carried over:');
    expect(xsdErrors((await unpackQdpx(fs.readFileSync(qdpx))).qde, 'project')).toBeNull();

    const qdc = path.join(dir, 'codebook.qdc');
    expect(await runCli(['export', t.projectPath, '--qdc', qdc], capture())).toBe(0);
    expect(xsdErrors(fs.readFileSync(qdc, 'utf8'), 'codebook')).toBeNull();

    const target = path.join(dir, 'imported.groundwork');
    const io2 = capture();
    expect(await runCli(['import-qdpx', target, qdpx, '--json'], io2)).toBe(0);
    const result = JSON.parse(io2.stdout) as {
      interviews: number;
      quotesCreated: number;
      report: { notCarried: unknown[] };
    };
    expect(result.interviews).toBe(2);
    expect(result.quotesCreated).toBe(5);
    const info = capture();
    expect(await runCli(['info', target], info)).toBe(0);
    expect(JSON.parse(info.stdout).counts).toMatchObject({ interviews: 2, quotes: 5, codings: 7, participants: 2 });
  });

  it('refuses a file that is not REFI-QDA with one line and exit code 1', async () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'x.qdpx'), 'not a project');
    const io = capture();
    expect(await runCli(['import-qdpx', path.join(dir, 'p.groundwork'), path.join(dir, 'x.qdpx')], io)).toBe(1);
    expect(io.stderr).toMatch(/^groundwork: .*REFI-QDA/);
  });
});
