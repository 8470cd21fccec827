/** `agreement PROJECT --coders A,B [--unit turn|char] [--json]` over a real project coded by two coders. */
import { describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/run';
import type { AgreementReport } from '../../shared/domain/agreementReport';
import { makeCore } from '../support/core';
import { importTurns } from '../support/study';

function capture() {
  const io = {
    stdout: '',
    stderr: '',
    out: (s: string) => void (io.stdout += s),
    err: (s: string) => void (io.stderr += s),
  };
  return io;
}

/** Two coders on one interview; returns the file and what the core itself computes at both units. */
async function codedProject() {
  const t = await makeCore();
  const tr = await importTurns(t, 'Call with Tom', [
    { speaker: 'Maya', text: 'What slows you down at month end?' },
    { speaker: 'Tom', text: 'Honestly the export takes four hours. Reconciliation is worse.' },
    { speaker: 'Maya', text: 'Why is that?' },
    { speaker: 'Tom', text: 'Because the ERP export drops accents and we fix them by hand.' },
  ]);
  const at = (i: number, from: string, to: string) => ({
    interviewId: tr.interviewId,
    start: { turnId: tr.turns[i]!.id, offset: tr.turns[i]!.text.indexOf(from) },
    end: { turnId: tr.turns[i]!.id, offset: tr.turns[i]!.text.indexOf(to) + to.length },
  });
  const slow = (await t.call('tags.create', { name: 'Slow export', kind: 'pain_point' })).id;
  const ada = (await t.call('coders.identify', { name: 'Ada Lovelace', initials: 'AL', colour: '#1864ab' })).coder!;
  await t.call('quotes.create', { ...at(1, 'the export', 'hours'), tagIds: [slow] });
  await t.call('quotes.create', { ...at(3, 'the ERP', 'accents'), tagIds: [slow] });
  const bo = (await t.call('coders.identify', { name: 'Bo Li', initials: 'BL', colour: '#c2255c' })).coder!;
  await t.call('quotes.create', { ...at(1, 'export', 'hours'), tagIds: [slow] });
  const turn = await t.call('agreement.compute', { coderIds: [ada.id, bo.id], unit: 'turn' });
  const char = await t.call('agreement.compute', { coderIds: [ada.id, bo.id], unit: 'char' });
  t.close();
  return { file: t.projectPath, ada, bo, turn, char };
}

describe('cli agreement', () => {
  it('prints the core’s own figures as JSON, with coders by name, initials or GUID', async () => {
    const { file, ada, bo, turn, char } = await codedProject();
    const byName = capture();
    expect(await runCli(['agreement', file, '--coders', 'Ada Lovelace,bl', '--json'], byName)).toBe(0);
    expect(JSON.parse(byName.stdout) as AgreementReport).toEqual(turn);
    const byGuid = capture();
    expect(
      await runCli(['agreement', file, '--coders', `${ada.guid},${bo.guid}`, '--unit', 'char', '--json'], byGuid),
    ).toBe(0);
    expect(JSON.parse(byGuid.stdout) as AgreementReport).toEqual(char);
  });

  it('prints a table in words by default', async () => {
    const { file, turn } = await codedProject();
    const io = capture();
    expect(await runCli(['agreement', file, '--coders', 'AL,BL'], io)).toBe(0);
    expect(io.stdout).toContain('Intercoder agreement by speaker turn: Ada Lovelace, Bo Li');
    const slow = turn.tags[0]!.figures;
    expect(io.stdout).toMatch(
      new RegExp(
        `Slow export\\s+4\\s+${(slow.percent.value! * 100).toFixed(1)}%\\s+${slow.kappa.value!.toFixed(3)}\\s+${slow.alpha.value!.toFixed(3)}`,
      ),
    );
    expect(io.stdout).toContain(`Disagreements: ${turn.disagreementsTotal}`);
  });

  it('says which coders the project has when one is unknown, and refuses a single coder or a bad unit, in one line each', async () => {
    const { file } = await codedProject();
    const unknown = capture();
    expect(await runCli(['agreement', file, '--coders', 'Ada Lovelace,Zed'], unknown)).toBe(1);
    expect(unknown.stderr).toBe(
      'groundwork: No coder "Zed" in this project. Its coders: Ada Lovelace (AL), Bo Li (BL).\n',
    );
    for (const args of [
      ['--coders', 'AL'],
      ['--coders', 'AL,BL', '--unit', 'word'],
    ]) {
      const io = capture();
      expect(await runCli(['agreement', file, ...args], io)).toBe(1);
      expect(io.stderr.trim().split('\n')).toHaveLength(1);
    }
  });
});
