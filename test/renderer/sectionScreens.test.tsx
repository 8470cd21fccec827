/**
 * The App switch cannot lose a screen silently: every section of the sidebar has a route that reads
 * back as itself (an unknown id falls back to the default section without a word), and going there
 * renders that section's screen, titled with its label — in the real <App/> against a real core.
 * The `never` default in App.tsx#Screen catches a missing case at compile time; this catches a case
 * that renders the wrong screen, or a route that does not reach it ("Adding an entity end to end",
 * docs/architecture.md). The persona page (the worked example's other screen) is reached too.
 */
import { act, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { navigate, personaHref, readSection, sectionHref } from '../../renderer/src/routes';
import { SECTIONS } from '../../renderer/src/sections';
import { renderApp, type RenderedApp } from './renderApp';

let app: RenderedApp | null = null;
afterEach(() => {
  app?.unmount();
  app = null;
});

describe('every route has its screen', () => {
  it('each section id reads back from its href', () => {
    for (const s of SECTIONS) expect(readSection(sectionHref(s.id)), s.id).toBe(s.id);
    // What an unknown id does — the silent fallback this test guards against.
    expect(readSection('#/no-such-section')).toBe(readSection('#/'));
  });

  it('each section renders its own screen, titled with its label; a persona its page', async () => {
    app = await renderApp();
    for (const s of SECTIONS) {
      act(() => navigate(sectionHref(s.id)));
      expect(await screen.findByRole('heading', { level: 1, name: s.label }), s.id).toBeTruthy();
    }
    const persona = await app.core.call('personas.create', { kind: 'user', name: 'Clerk Carl' });
    act(() => navigate(personaHref(persona.id)));
    expect(await screen.findByRole('heading', { level: 1, name: 'Clerk Carl' })).toBeTruthy();
  }, 60_000);
});
