/**
 * The renderer's invalidation table (renderer/src/api/invalidation.ts, INVALIDATES) cannot miss a
 * namespace or an event silently: every read method's namespace is reached by only some entity kinds,
 * or is listed below as reading everything on purpose; and a write's events reach the screens that
 * show what it changed (the worked example of "Adding an entity end to end" in docs/architecture.md:
 * the ICP's personas). test/renderer/invalidation.test.ts checks the table's own completeness.
 */
import { describe, expect, it } from 'vitest';
import { affects } from '../renderer/src/api/invalidation';
import { contract, type Method } from '../shared/ipc/contract';
import { ENTITY_KINDS } from '../shared/ipc/events';
import { makeCore } from './support/core';

/** Namespaces whose reads refetch on every change, by choice, and why. */
const READS_EVERYTHING: Record<string, string> = {
  project:
    'switching projects changes everything; the frame’s own reads (project.info, project.counts) are narrowed in INVALIDATES',
  backups: 'the backups list is small and opened rarely',
  crm: 'a staged preview is matched against the current people and companies',
  documents: 'a staged document preview is matched against the current people and companies',
  imports: 'a staged preview is matched against the current participants',
  refi: 'a staged REFI-QDA preview, read once',
  merge: 'a staged merge preview is compared against the current project, so any change may alter it',
  exports: 'files, fetched on demand',
  search: 'hits follow any text: turns, notes, quotes, tags',
};

const namespaceOf = (m: string) => m.split('.')[0]!;

/** A namespace is in the table when some kind does not make its reads refetch. */
function unclassified(): string[] {
  const out = new Set<string>();
  for (const [method, def] of Object.entries(contract)) {
    if (def.writes) continue;
    if (ENTITY_KINDS.every((kind) => affects(kind, method))) out.add(namespaceOf(method));
  }
  return [...out].sort();
}

describe('the invalidation table', () => {
  it('classifies every namespace that reads: narrowed in INVALIDATES, or listed here as reading everything', () => {
    expect(unclassified()).toEqual(Object.keys(READS_EVERYTHING).sort());
  });

  it('delivers the worked example’s events to every screen that shows ICP personas', async () => {
    const t = await makeCore();
    try {
      const persona = await t.call('personas.create', { kind: 'buyer', name: 'Finance lead' });
      const kinds = new Set<string>();
      const off = t.core.onEvent((e) => {
        if (e.name === 'entities.changed') kinds.add((e.payload as { kind: string }).kind);
      });
      await t.call('icp.personas.link', { personaId: persona.id });
      await t.call('history.undo');
      off();
      // The ICP profile and its list, and the persona page (its "ICP" fact): each must refetch.
      const shownBy: Method[] = ['icp.personas.list', 'icp.profile', 'personas.get', 'history.state'];
      for (const method of shownBy)
        expect(
          [...kinds].some((kind) => affects(kind as never, method)),
          method,
        ).toBe(true);
    } finally {
      t.close();
    }
  });
});
