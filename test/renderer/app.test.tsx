/** The app frame in jsdom with a real core: lists, forms, field errors, delete impact, shortcuts. */
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { PushEvent } from '../../shared/ipc/events';
import { afterEach, describe, expect, it } from 'vitest';
import { renderApp, transportFor, type RenderedApp } from './renderApp';

let app: RenderedApp | null = null;

afterEach(() => {
  app?.unmount();
  app = null;
});

function type(label: string | RegExp, value: string, within_: HTMLElement = document.body) {
  fireEvent.change(within(within_).getByLabelText(label), { target: { value } });
}

describe('app frame (jsdom, real core)', () => {
  it('shows the project name, the sections and an empty state with the next action', async () => {
    app = await renderApp();
    expect(await screen.findByText('Churn study')).toBeTruthy();
    const nav = screen.getByRole('navigation', { name: 'Sections' });
    const labels = within(nav)
      .getAllByRole('link')
      .map((a) => a.querySelector('.nav-label')?.textContent);
    expect(labels).toEqual([
      'Research plan',
      'Interviews',
      'Participants',
      'Companies',
      'Segments',
      'Question bank',
      'Codebook',
      'Quotes',
      'Synthesis',
      'Personas',
      'Jobs',
      'ICP',
      'Search',
    ]);
    expect(await screen.findByRole('heading', { name: 'No interviews yet' })).toBeTruthy();
    expect(screen.getByRole('button', { name: /Add your first interview/ })).toBeTruthy();
  });

  it('creates a company through the form and lists it; the list follows core events', async () => {
    app = await renderApp({ hash: '#/companies' });
    fireEvent.click(await screen.findByRole('button', { name: /Add your first company/ }));
    const dialog = await screen.findByRole('dialog', { name: 'New company' });
    type(/Company name/, 'Globex', dialog);
    type('Current tools', 'HubSpot,  Notion ,', dialog);
    fireEvent.submit(dialog.querySelector('form')!);
    const table = await screen.findByRole('table', { name: 'Companies' });
    expect(within(table).getByRole('button', { name: 'Globex' })).toBeTruthy();
    const companies = await app.core.call('companies.list');
    expect(companies[0]!.currentStack).toEqual(['HubSpot', 'Notion']);

    // A change made elsewhere (another window, the CLI) arrives as an event and shows up.
    await act(() => app!.core.call('companies.create', { name: 'Initech' }));
    expect(await within(table).findByRole('button', { name: 'Initech' })).toBeTruthy();
  });

  it('puts the core’s field errors next to the fields and in a summary', async () => {
    app = await renderApp({ hash: '#/companies' });
    await app.core.call('companies.create', { name: 'Globex' });
    fireEvent.click(await screen.findByRole('button', { name: /New company/ }));
    const dialog = await screen.findByRole('dialog', { name: 'New company' });
    type(/Company name/, 'globex', dialog);
    fireEvent.submit(dialog.querySelector('form')!);
    const input = within(dialog).getByLabelText(/Company name/);
    await waitFor(() => expect(input.getAttribute('aria-invalid')).toBe('true'));
    const errorId = input.getAttribute('aria-describedby')!.split(' ')[0]!;
    expect(document.getElementById(errorId)!.textContent).toContain('Company names must be unique.');
    expect(within(dialog).getByRole('alert').textContent).toContain('Company name: Company names must be unique.');
  });

  it('asks the core what a delete would remove, and refuses a blocked one', async () => {
    app = await renderApp({ hash: '#/companies' });
    const company = await app.core.call('companies.create', { name: 'Globex' });
    await app.core.call('participants.create', { companyId: company.id });
    fireEvent.click(await screen.findByRole('button', { name: 'Globex' }));
    const inspector = screen.getByRole('complementary', { name: 'Selected company' });
    fireEvent.click(within(inspector).getByRole('button', { name: 'Delete…' }));
    const dialog = await screen.findByRole('dialog', { name: /Delete company/ });
    expect(await within(dialog).findByText(/is the company of 1 participant/)).toBeTruthy();
    expect(within(dialog).queryByRole('button', { name: /Delete company/ })).toBeNull();
    fireEvent.keyDown(dialog, { key: 'Escape' });
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  it('deletes a participant after confirming, naming what goes with it', async () => {
    app = await renderApp({ hash: '#/participants' });
    const p = await app.core.call('participants.create', { pseudonym: 'Robin' });
    await app.core.call('interviews.create', { title: 'Kickoff', participantIds: [p.id] });
    fireEvent.click(await screen.findByRole('button', { name: 'Robin' }));
    fireEvent.click(
      within(screen.getByRole('complementary', { name: 'Selected participant' })).getByRole('button', {
        name: 'Delete…',
      }),
    );
    const dialog = await screen.findByRole('dialog', { name: /Delete participant/ });
    expect(await within(dialog).findByText('1 link to an interview')).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Delete participant' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(await screen.findByRole('heading', { name: 'No participants yet' })).toBeTruthy();
  });

  it('"n" opens the new-record form, but not while typing in a field', async () => {
    app = await renderApp({ hash: '#/companies' });
    await app.core.call('companies.create', { name: 'Globex' });
    const filter = await screen.findByRole('searchbox', { name: 'Filter companies' });
    fireEvent.keyDown(filter, { key: 'n' });
    expect(screen.queryByRole('dialog')).toBeNull();
    fireEvent.keyDown(document.body, { key: 'n' });
    expect(await screen.findByRole('dialog', { name: 'New company' })).toBeTruthy();
  });

  it('shows a readable message when the core cannot be reached', async () => {
    app = await renderApp({
      hash: '#/participants',
      transport: (core) => ({
        ...transportFor(core),
        rpc: async (method, input) =>
          method === 'participants.list'
            ? { ok: false, error: { code: 'IO', message: 'The project folder is not readable.' } }
            : core.transport.call(method, input),
      }),
    });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Participants could not be loaded');
    expect(alert.textContent).toContain('The project folder is not readable.');
    expect(within(alert).getByRole('button', { name: 'Try again' })).toBeTruthy();
  });
});

describe('editing', () => {
  it('edits an interview: changes its status and unlinks a participant', async () => {
    app = await renderApp({ hash: '#/interviews' });
    const a = await app.core.call('participants.create', { pseudonym: 'Robin' });
    const b = await app.core.call('participants.create', { pseudonym: 'Sasha' });
    await app.core.call('interviews.create', { title: 'Kickoff', participantIds: [a.id, b.id] });
    fireEvent.click(await screen.findByRole('button', { name: 'Kickoff' }));
    fireEvent.click(
      within(screen.getByRole('complementary', { name: 'Selected interview' })).getByRole('button', { name: 'Edit' }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Edit Kickoff' });
    const sasha = await within(dialog).findByRole('checkbox', { name: /Sasha/ });
    expect((sasha as HTMLInputElement).checked).toBe(true);
    fireEvent.click(sasha);
    fireEvent.change(within(dialog).getByLabelText('Status'), { target: { value: 'coded' } });
    fireEvent.submit(dialog.querySelector('form')!);
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const row = (await screen.findByRole('button', { name: 'Kickoff' })).closest('tr')!;
    await waitFor(() => expect(row.textContent).toContain('Coded'));
    expect(row.textContent).toContain('Robin');
    expect(row.textContent).not.toContain('Sasha');
  });

  it('arrow keys move the selection through the list, which is a single tab stop', async () => {
    app = await renderApp({ hash: '#/companies' });
    for (const name of ['Alpha', 'Beta', 'Gamma']) await app.core.call('companies.create', { name });
    const table = await screen.findByRole('table', { name: 'Companies' });
    await within(table).findByRole('button', { name: 'Gamma' });
    const buttons = within(table).getAllByRole('button');
    expect(buttons.map((b) => b.tabIndex)).toEqual([0, -1, -1]);
    buttons[0]!.focus();
    fireEvent.keyDown(buttons[0]!, { key: 'ArrowDown' });
    const inspector = screen.getByRole('complementary', { name: 'Selected company' });
    expect(await within(inspector).findByRole('heading', { name: 'Beta' })).toBeTruthy();
    expect(document.activeElement?.textContent).toBe('Beta');
    await waitFor(() =>
      expect(
        within(table)
          .getAllByRole('button')
          .map((b) => b.tabIndex),
      ).toEqual([-1, 0, -1]),
    );
  });
});

describe('project switcher', () => {
  it('creates a new project by name, switches to it, and lists the previous one as recent', async () => {
    app = await renderApp({ hash: '#/companies' });
    await app.core.call('companies.create', { name: 'Globex' });
    await screen.findByRole('button', { name: 'Globex' });
    fireEvent.click(screen.getByRole('button', { name: /switch project/ }));
    const dialog = await screen.findByRole('dialog', { name: 'Projects' });
    const form = within(dialog).getByRole('form', { name: 'New project' });
    // No path field: the web host saves it in its projects folder, and says where.
    expect(within(form).queryByLabelText(/path/i)).toBeNull();
    expect(await within(form).findByText(/Saved as a \.groundwork file in .*user-data/)).toBeTruthy();
    fireEvent.change(within(form).getByLabelText(/^Name/), { target: { value: 'Second study' } });
    fireEvent.submit(form);
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(await screen.findByText('Second study')).toBeTruthy();
    expect(await screen.findByRole('heading', { name: 'No companies yet' })).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: /switch project/ }));
    const again = await screen.findByRole('dialog', { name: 'Projects' });
    fireEvent.click(await within(again).findByRole('button', { name: /^Churn study/ }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(await screen.findByRole('button', { name: 'Globex' })).toBeTruthy();
  });

  it('says why a name cannot be used, on the field', async () => {
    app = await renderApp();
    fireEvent.click(await screen.findByRole('button', { name: /switch project/ }));
    const dialog = await screen.findByRole('dialog', { name: 'Projects' });
    const form = within(dialog).getByRole('form', { name: 'New project' });
    fireEvent.submit(form);
    const name = within(form).getByLabelText(/^Name/);
    await waitFor(() => expect(name.getAttribute('aria-invalid')).toBe('true'));
    expect(within(form).getByText('A name is required.', { selector: '.field-error' })).toBeTruthy();
    // The browser host has no file dialog, so it offers none.
    expect(within(dialog).queryByRole('button', { name: 'Open a project file…' })).toBeNull();
  });
});

describe('frame extras', () => {
  it('"?" opens the keyboard shortcut sheet; Escape closes it', async () => {
    app = await renderApp();
    await screen.findByRole('heading', { name: 'No interviews yet' });
    fireEvent.keyDown(document.body, { key: '?' });
    const sheet = await screen.findByRole('dialog', { name: 'Keyboard shortcuts' });
    expect(sheet.textContent).toContain('Single-key shortcuts never fire while you are typing');
    fireEvent.keyDown(sheet, { key: 'Escape' });
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  it('shows running background jobs with their progress in the status bar', async () => {
    const listeners = new Set<(event: PushEvent) => void>();
    const emit = (event: PushEvent) => listeners.forEach((listener) => listener(event));
    app = await renderApp({
      transport: (core) => ({
        ...transportFor(core),
        onEvent: (listener) => {
          listeners.add(listener);
          return () => listeners.delete(listener);
        },
      }),
    });
    await screen.findByRole('heading', { name: 'No interviews yet' });
    act(() =>
      emit({
        name: 'task.progress',
        payload: { taskId: 'j1', label: 'Importing 3 transcripts', done: 1, total: 3, state: 'running' },
      }),
    );
    const bar = await screen.findByRole('progressbar', { name: 'Importing 3 transcripts' });
    expect(bar.getAttribute('value')).toBe('1');
    act(() =>
      emit({
        name: 'task.progress',
        payload: { taskId: 'j1', label: 'Importing 3 transcripts', done: 3, total: 3, state: 'done' },
      }),
    );
    await waitFor(() => expect(screen.queryByRole('progressbar')).toBeNull());
  });
});
