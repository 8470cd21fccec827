/**
 * Adding a claim by hand through the one add-claim dialog, in the real <App/> against a real core:
 * a persona attribute lands in the section and field it was added to, with its detail under the
 * section's own key; a refused one keeps the dialog open with the core's words; Cancel adds nothing.
 */
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { navigate, personaHref } from '../../renderer/src/routes';
import { renderApp, type RenderedApp } from './renderApp';

let app: RenderedApp | null = null;
afterEach(() => {
  app?.unmount();
  app = null;
});

describe('adding a claim by hand', () => {
  it('adds a goal with its detail, and a professional-context attribute under the field chosen', async () => {
    app = await renderApp();
    const persona = await app.core.call('personas.create', { kind: 'buyer', name: 'Controller Cleo' });
    act(() => navigate(personaHref(persona.id)));
    await screen.findByRole('heading', { level: 1, name: 'Controller Cleo' });

    fireEvent.click(screen.getByRole('button', { name: 'Add to Goals' }));
    let dialog = await screen.findByRole('dialog', { name: 'Add to Goals' });
    fireEvent.change(within(dialog).getByLabelText('Statement'), { target: { value: 'Close the books in a day' } });
    fireEvent.change(within(dialog).getByLabelText('What success looks like'), {
      target: { value: 'No overtime at month end' },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Add attribute' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Add to Goals' })).toBeNull());

    fireEvent.click(screen.getByRole('button', { name: 'Add Tools they use' }));
    dialog = await screen.findByRole('dialog', { name: 'Add to Professional context' });
    const field = within(dialog).getByLabelText('Field') as HTMLSelectElement;
    expect(field.value).toBe('tools');
    fireEvent.change(field, { target: { value: 'kpis' } });
    fireEvent.change(within(dialog).getByLabelText('Statement'), { target: { value: 'Days to close' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Add attribute' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());

    const stored = (await app.core.call('personas.get', { id: persona.id })).attributes
      .map((a) => ({ section: a.section, field: a.field, statement: a.statement, detail: a.detail }))
      .sort((a, b) => a.statement.localeCompare(b.statement));
    expect(stored).toEqual([
      {
        section: 'goals',
        field: '',
        statement: 'Close the books in a day',
        detail: { success: 'No overtime at month end' },
      },
      { section: 'professional_context', field: 'kpis', statement: 'Days to close', detail: {} },
    ]);
  }, 60_000);

  it('keeps the dialog open with the refusal, and Cancel adds nothing', async () => {
    app = await renderApp();
    const persona = await app.core.call('personas.create', { kind: 'user', name: 'Clerk Carl' });
    act(() => navigate(personaHref(persona.id)));
    await screen.findByRole('heading', { level: 1, name: 'Clerk Carl' });
    fireEvent.click(screen.getByRole('button', { name: 'Add to Goals' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add to Goals' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Add attribute' }));
    expect(await within(dialog).findByRole('alert')).toBeTruthy();
    expect(screen.getByRole('dialog', { name: 'Add to Goals' })).toBe(dialog);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect((await app.core.call('personas.get', { id: persona.id })).attributes).toEqual([]);
  }, 60_000);
});
