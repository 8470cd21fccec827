/**
 * One contract suite, every transport: the same calls over the in-process JSON round trip and the
 * loopback HTTP bridge must give identical results, errors and events.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../electron/core/createCore';
import { inProcessTransport, type Transport } from '../../electron/core/transports/inProcess';
import { startHttpBridge, type Bridge } from '../../electron/core/transports/http';
import type { PushEvent } from '../../shared/ipc/events';
import { sequentialGuids, steppingClock, tempDir } from '../support/core';
import { httpTransport, sseReady } from '../support/httpTransport';

interface Step {
  method: string;
  input: unknown;
}

/** A realistic script: create, link, update, fail in several ways, delete. Ids are deterministic. */
const SCRIPT: Step[] = [
  { method: 'project.info', input: {} },
  {
    method: 'companies.create',
    input: { name: 'Northwind Freight', industry: 'Logistics', currentStack: ['SAP', 'Excel'] },
  },
  { method: 'companies.create', input: { name: '  ' } },
  { method: 'companies.create', input: { name: 'northwind freight' } },
  { method: 'participants.create', input: { role: 'Finance lead', companyId: 1, consent: 'written' } },
  { method: 'participants.create', input: { pseudonym: 'Rowan', companyId: 99 } },
  { method: 'participants.create', input: { consent: 'maybe' } },
  { method: 'interviews.create', input: { title: 'Invoicing pains', date: 1767225600000, participantIds: [1] } },
  { method: 'interviews.update', input: { id: 1, patch: { status: 'conducted', interviewer: 'Kim' } } },
  { method: 'interviews.get', input: { id: 42 } },
  { method: 'companies.delete', input: { id: 1 } },
  { method: 'participants.deleteImpact', input: { id: 1 } },
  { method: 'participants.delete', input: { id: 1 } },
  { method: 'companies.delete', input: { id: 1 } },
  { method: 'no.such.method', input: {} },
  { method: 'participants.list', input: { extra: true } },
  { method: 'project.counts', input: {} },
];

interface Run {
  results: unknown[];
  events: PushEvent[];
}

async function runScript(transport: Transport): Promise<Run> {
  const events: PushEvent[] = [];
  const stop = transport.subscribe((e) => events.push(e));
  const results: unknown[] = [];
  for (const step of SCRIPT) results.push(await transport.call(step.method, step.input));
  await new Promise((r) => setTimeout(r, 100)); // let the last SSE frames arrive
  stop();
  return { results, events };
}

async function freshCore(dir: string): Promise<Core> {
  return createCore({
    userDataDir: path.join(dir, 'ud'),
    projectPath: path.join(dir, 'study.groundwork'),
    clock: steppingClock(),
    newGuid: sequentialGuids(),
    checkOutputs: true,
  });
}

let inProcess: Run;
let overHttp: Run;
let bridge: Bridge;
const cores: Core[] = [];

beforeAll(async () => {
  const a = await freshCore(tempDir());
  cores.push(a);
  inProcess = await runScript(inProcessTransport(a));

  const b = await freshCore(tempDir());
  cores.push(b);
  bridge = await startHttpBridge(b);
  await sseReady(bridge.url, bridge.token);
  const t = httpTransport(bridge.url, bridge.token);
  overHttp = await runScript(t);
  await t.close();
});

afterAll(async () => {
  await bridge?.close();
  for (const c of cores) c.close();
});

/** Paths differ between the two runs (two temp folders); everything else must match. */
function withoutPaths(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value, (k, v) => (k === 'path' ? '<path>' : v)));
}

describe('transports give identical behaviour', () => {
  it('returns the same results and errors over in-process and HTTP', () => {
    expect(withoutPaths(overHttp.results)).toEqual(withoutPaths(inProcess.results));
  });

  it('pushes the same events over both', () => {
    expect(overHttp.events.length).toBeGreaterThan(5);
    expect(withoutPaths(overHttp.events)).toEqual(withoutPaths(inProcess.events));
  });

  it('maps each failure to its closed code', () => {
    const codes = inProcess.results.map((r) => (r as { ok: boolean; error?: { code: string } }).error?.code ?? 'ok');
    expect(codes).toEqual([
      'ok',
      'ok',
      'VALIDATION', // blank name
      'CONFLICT', // duplicate name, case-insensitive
      'ok',
      'VALIDATION', // company 99 does not exist
      'VALIDATION', // consent not in the closed list
      'ok',
      'ok',
      'NOT_FOUND',
      'IN_USE', // company still has a participant
      'ok',
      'ok',
      'ok', // now the company can go
      'UNKNOWN_METHOD',
      'ok', // unknown keys are stripped, not an error
      'ok',
    ]);
  });

  it('gives field-level messages for forms', () => {
    const blank = inProcess.results[2] as { error: { fields: Record<string, string> } };
    expect(blank.error.fields).toEqual({ name: 'Company name is required.' });
  });

  it('leaves no orphans and counts what remains', () => {
    const counts = (inProcess.results.at(-1) as { value: Record<string, number> }).value;
    expect(counts).toMatchObject({ companies: 0, participants: 0, interviews: 1 });
  });
});
