/**
 * The personas the ICP contains (issue 17, item 5), through the real contract on a real project file:
 * link and unlink are one undoable step each, deleting a persona removes its link, and the ICP export
 * lists every linked persona with its own kind, role and tier — each checked against its own row.
 */
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { IcpPersona } from '../../shared/domain/icpProfile';
import { makeCore, type TestCore } from '../support/core';

let t: TestCore;
beforeEach(async () => {
  t = await makeCore();
});
afterEach(() => t.close());

/** What the file itself says: the linked persona ids, read beside the core's own connection. */
function linkedRows(): { persona_id: number; kind: string; name: string; role: string; tier: number | null }[] {
  const db = new Database(t.projectPath, { readonly: true });
  try {
    return db
      .prepare(
        'SELECT ip.persona_id, p.kind, p.name, p.role, p.tier FROM icp_personas ip JOIN personas p ON p.id = ip.persona_id ORDER BY ip.persona_id',
      )
      .all() as never;
  } finally {
    db.close();
  }
}

async function threePersonas() {
  const buyer = await t.call('personas.create', { kind: 'buyer', name: 'Finance lead Fiona', role: 'CFO', tier: 1 });
  const user = await t.call('personas.create', { kind: 'user', name: 'Clerk Carl', role: 'AP clerk', tier: 2 });
  const other = await t.call('personas.create', { kind: 'buyer', name: 'Ops owner Omar', role: '' });
  return { buyer, user, other };
}

const ids = (list: IcpPersona[]) => list.map((p) => p.id);

describe('ICP personas', () => {
  it('links and unlinks, each one undoable step, and the profile lists buyers first', async () => {
    const { buyer, user, other } = await threePersonas();
    expect(await t.call('icp.personas.list')).toEqual([]);

    expect(ids(await t.call('icp.personas.link', { personaId: user.id }))).toEqual([user.id]);
    expect((await t.call('history.state')).undoLabel).toBe('Add Clerk Carl to the ICP');
    const both = await t.call('icp.personas.link', { personaId: buyer.id });
    // Buyers first, then users, whatever the order of linking.
    expect(both).toEqual([
      { id: buyer.id, kind: 'buyer', name: 'Finance lead Fiona', role: 'CFO', tier: 1 },
      { id: user.id, kind: 'user', name: 'Clerk Carl', role: 'AP clerk', tier: 2 },
    ]);
    expect((await t.call('icp.profile')).personas).toEqual(both);
    expect(linkedRows().map((r) => r.persona_id)).toEqual([buyer.id, user.id].sort((a, b) => a - b));

    // Linking again changes nothing and logs no step.
    await t.call('icp.personas.link', { personaId: buyer.id });
    expect((await t.call('history.state')).undoLabel).toBe('Add Finance lead Fiona to the ICP');

    await t.call('history.undo');
    expect(ids(await t.call('icp.personas.list'))).toEqual([user.id]);
    await t.call('history.redo');
    expect(ids(await t.call('icp.personas.list'))).toEqual([buyer.id, user.id]);

    expect(ids(await t.call('icp.personas.unlink', { personaId: user.id }))).toEqual([buyer.id]);
    expect((await t.call('history.state')).undoLabel).toBe('Remove Clerk Carl from the ICP');
    await t.call('history.undo');
    expect(ids(await t.call('icp.personas.list'))).toEqual([buyer.id, user.id]);
    expect(linkedRows().map((r) => r.persona_id)).not.toContain(other.id);
  });

  it('refuses a persona that does not exist, and writes nothing', async () => {
    await expect(t.call('icp.personas.link', { personaId: 999 })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(linkedRows()).toEqual([]);
    expect((await t.call('history.state')).canUndo).toBe(false);
  });

  it('deleting a persona removes its link; undoing the link step afterwards is refused in words', async () => {
    const { buyer, user } = await threePersonas();
    await t.call('icp.personas.link', { personaId: buyer.id });
    await t.call('icp.personas.link', { personaId: user.id });
    await t.call('personas.delete', { id: user.id });
    expect(linkedRows().map((r) => r.persona_id)).toEqual([buyer.id]);
    expect(ids((await t.call('icp.profile')).personas)).toEqual([buyer.id]);
    // Undo of "Add Clerk Carl" removes a link that is already gone: nothing to do, the buyer stays.
    await t.call('history.undo');
    expect(ids(await t.call('icp.personas.list'))).toEqual([buyer.id]);
    // Redo would link a persona that no longer exists.
    await expect(t.call('history.redo')).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(linkedRows().map((r) => r.persona_id)).toEqual([buyer.id]);
  });

  it('tells the persona page and the ICP screen: one persona event per step', async () => {
    const { buyer } = await threePersonas();
    const seen: unknown[] = [];
    const off = t.core.onEvent((e) => {
      if (e.name === 'entities.changed') seen.push(e.payload);
    });
    await t.call('icp.personas.link', { personaId: buyer.id });
    off();
    expect(seen).toEqual([
      { kind: 'history', ids: [] },
      { kind: 'persona', ids: [buyer.id] },
    ]);
  });

  it('the ICP export lists every linked persona, each with its own kind, role and tier', async () => {
    const { buyer, user, other } = await threePersonas();
    await t.call('icp.personas.link', { personaId: user.id });
    await t.call('icp.personas.link', { personaId: buyer.id });
    const md = (await t.call('exports.icp', { format: 'md' })).content;
    const section = /## Personas in this profile\n\n([\s\S]*?)\n\n/.exec(md)?.[1] ?? '';
    const rows = linkedRows();
    expect(rows).toHaveLength(2);
    for (const row of rows) {
      const label = row.kind === 'buyer' ? 'Buyer persona' : 'User persona';
      const lines = [`- **${label}:** ${row.name}`];
      if (row.role) lines.push(`  - Role: ${row.role}`);
      if (row.tier !== null) lines.push(`  - Tier ${row.tier}`);
      // The persona's own lines, together: its role and tier cannot be another persona's.
      expect(section).toContain(lines.join('\n'));
    }
    expect(section).not.toContain(other.name);
    expect(section.indexOf(buyer.name)).toBeLessThan(section.indexOf(user.name));
    expect(md).toContain('- **Personas:** 1 buyer, 1 user');

    const html = (await t.call('exports.icp', { format: 'html' })).content;
    for (const row of rows) expect(html).toContain(row.name);
  });

  it('an ICP without personas says so and has no persona section', async () => {
    const md = (await t.call('exports.icp', { format: 'md' })).content;
    expect(md).toContain('- **Personas:** None linked yet');
    expect(md).not.toContain('Personas in this profile');
  });
});
