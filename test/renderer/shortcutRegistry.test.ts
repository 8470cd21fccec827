/**
 * The shortcut registry (renderer/src/keys): no chord is bound twice where scopes overlap, the "?"
 * sheet shows every entry with its keys, and the matcher tells Mod+K from Mod+Shift+K and Ctrl from Cmd.
 */
import { cleanup, render, screen, within } from '@testing-library/react';
import { createElement } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { ShortcutSheet } from '../../renderer/src/features/app/ShortcutSheet';
import { chordLabels } from '../../renderer/src/keys/labels';
import { chordMatches, matches, matchIndex, parseChord, type KeyEventLike } from '../../renderer/src/keys/match';
import { SHORTCUTS, scopesOverlap, type Shortcut } from '../../renderer/src/keys/shortcuts';

const TABLE: readonly Shortcut[] = SHORTCUTS;
const CODE_KEYS: Record<string, string> = { Semicolon: ';' };

function press(key: string, mods: Partial<Omit<KeyEventLike, 'key'>> = {}): KeyEventLike {
  return { key, code: undefined, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...mods };
}

/** Every keydown a chord could see: its key in both cases (and by code), under all 16 modifier sets. */
function eventsFor(chord: string): KeyEventLike[] {
  const { key } = parseChord(chord);
  const code = Object.entries(CODE_KEYS).find(([, k]) => k === key)?.[0];
  const out: KeyEventLike[] = [];
  for (const k of new Set([key, key.toLowerCase(), key.toUpperCase()]))
    for (let bits = 0; bits < 16; bits++)
      out.push(
        press(k, { code, ctrlKey: !!(bits & 1), metaKey: !!(bits & 2), shiftKey: !!(bits & 4), altKey: !!(bits & 8) }),
      );
  return out;
}

/** Pairs of entries in overlapping scopes that some keydown would trigger both of. */
function collisions(table: readonly Shortcut[]): string[] {
  const found: string[] = [];
  table.forEach((a, i) =>
    table.slice(i + 1).forEach((b) => {
      if (!scopesOverlap(a.scope, b.scope)) return;
      for (const chord of a.keys)
        if (eventsFor(chord).some((event) => chordMatches(chord, event) && matches(b, event)))
          found.push(`${a.id} / ${b.id} (${chord})`);
    }),
  );
  return found;
}

afterEach(cleanup);

describe('the shortcut registry', () => {
  it('has unique ids and chords that parse', () => {
    expect(new Set(TABLE.map((s) => s.id)).size).toBe(TABLE.length);
    for (const entry of TABLE) for (const chord of entry.keys) expect(() => parseChord(chord)).not.toThrow();
  });

  it('binds no chord twice in scopes that can be active at once', () => {
    expect(collisions(TABLE)).toEqual([]);
  });

  it('the collision check catches a duplicate, a Ctrl/Mod clash and a Shift-less bare key', () => {
    const extra = (keys: string[], scope: Shortcut['scope'] = 'reader'): Shortcut[] => [
      ...TABLE,
      { id: 'x.dup', scope, keys, label: 'x' },
    ];
    expect(collisions(extra(['Mod+K']))).toEqual(['app.palette / x.dup (Mod+K)']);
    expect(collisions(extra(['Ctrl+K'], 'notes'))).toEqual(['app.palette / x.dup (Mod+K)']);
    expect(collisions(extra(['Shift+N'], 'focus'))).toEqual(['app.new / x.dup (N)']);
    // The reader and the notes are never active together, so they may share a chord.
    expect(collisions(extra(['Mod+Shift+K'], 'reader'))).toEqual([]);
  });

  it('shows every entry in the ? sheet, with its label and keys', () => {
    render(createElement(ShortcutSheet, { onClose: () => undefined }));
    const dialog = screen.getByRole('dialog', { hidden: true });
    for (const entry of TABLE) {
      const row = dialog.querySelector<HTMLElement>(`[data-shortcut="${entry.id}"]`);
      expect(row, entry.id).not.toBeNull();
      expect(within(row!).getByText(entry.label)).toBeTruthy();
      const shown = entry.range ? [entry.keys[0]!, entry.keys[entry.keys.length - 1]!] : entry.keys;
      const caps = [...row!.querySelectorAll('kbd')].map((kbd) => kbd.textContent);
      expect(caps, entry.id).toEqual(shown.flatMap(chordLabels));
    }
    expect(within(dialog).getByText('In the transcript')).toBeTruthy();
    expect(within(dialog).getByText('In interview notes and guides')).toBeTruthy();
    expect(dialog.querySelector('[data-shortcut="app.palette"]')?.textContent).toContain('CtrlK');
  });
});

describe('the matcher', () => {
  it('tells Mod+K from Mod+Shift+K', () => {
    expect(matches('app.palette', press('k', { ctrlKey: true }))).toBe(true);
    expect(matches('app.palette', press('K', { ctrlKey: true, shiftKey: true }))).toBe(false);
    expect(matches('notes.quote', press('K', { ctrlKey: true, shiftKey: true }))).toBe(true);
    expect(matches('notes.quote', press('k', { ctrlKey: true }))).toBe(false);
    expect(matches('app.palette', press('k', { ctrlKey: true, altKey: true }))).toBe(false);
    expect(matches('app.palette', press('k'))).toBe(false);
  });

  it('takes Mod as Ctrl or Cmd, and Ctrl as Ctrl only', () => {
    expect(matches('app.palette', press('k', { metaKey: true }))).toBe(true);
    expect(matches('app.undo', press('z', { metaKey: true }))).toBe(true);
    expect(matchIndex('app.redo', press('y', { ctrlKey: true }))).toBe(1);
    expect(matches('app.redo', press('y', { metaKey: true }))).toBe(false);
    expect(matches('app.redo', press('Z', { metaKey: true, shiftKey: true }))).toBe(true);
  });

  it('lets a bare key ignore Shift but not Ctrl, Cmd or Alt', () => {
    expect(matches('app.sheet', press('?', { shiftKey: true }))).toBe(true);
    expect(matches('app.new', press('n'))).toBe(true);
    expect(matches('app.new', press('n', { metaKey: true }))).toBe(false);
    expect(matches('app.search', press('/', { altKey: true }))).toBe(false);
    expect(matchIndex('reader.pinned', press('7'))).toBe(6);
  });

  it('matches Mod+Shift+; by code, whatever the layout makes of Shift+;', () => {
    expect(matches('notes.timestamp', press(':', { code: 'Semicolon', ctrlKey: true, shiftKey: true }))).toBe(true);
    expect(matches('notes.timestamp', press(':', { code: 'Semicolon', ctrlKey: true }))).toBe(false);
  });
});
