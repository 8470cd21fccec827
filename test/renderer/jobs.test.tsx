/** The Jobs screen in jsdom with a real core: the form's live sentence, per-part messages, and adding from a map stage. */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderApp, type RenderedApp } from './renderApp';

let app: RenderedApp | null = null;
afterEach(() => {
  app?.unmount();
  app = null;
});

function type(dialog: HTMLElement, label: string, value: string) {
  fireEvent.change(within(dialog).getByLabelText(label, { exact: true }), { target: { value } });
}

describe('jobs screen (jsdom, real core)', () => {
  it('previews the sentence while typing, names each missing part, and saves', async () => {
    app = await renderApp({ hash: '#/jobs' });
    fireEvent.click(await screen.findByRole('button', { name: /^New job/ }));
    const dialog = await screen.findByRole('dialog', { name: 'New job statement' });
    const preview = () => dialog.querySelector('.job-preview-text')?.textContent;
    expect(preview()).toBe('When …, I want to …, so I can ….');
    type(dialog, 'When', 'When the quarter closes,');
    expect(preview()).toBe('When the quarter closes, I want to …, so I can ….');

    fireEvent.submit(dialog.querySelector('form')!);
    const alert = await within(dialog).findByRole('alert');
    expect(alert.textContent).toContain('I want to: Say what they want to do: I want to …');
    expect(alert.textContent).toContain('so I can: Say what it lets them do: so I can …');
    expect(alert.textContent).not.toContain('Describe the situation');
    expect(await app.core.call('jobs.list')).toEqual([]);

    type(dialog, 'I want to', 'see every number in one place');
    type(dialog, 'so I can', 'close the books in three days');
    fireEvent.change(within(dialog).getByLabelText('Kind'), { target: { value: 'emotional' } });
    expect(
      within(dialog).getByText('How they want to feel while doing it, or how they want to see themselves.'),
    ).toBeTruthy();
    fireEvent.submit(dialog.querySelector('form')!);
    const list = await screen.findByRole('list', { name: 'Job statements' });
    expect(within(list).getByRole('listitem').getAttribute('aria-label')).toBe(
      'When the quarter closes, I want to see every number in one place, so I can close the books in three days.',
    );
    const [job] = await app.core.call('jobs.list');
    expect(job).toMatchObject({ situation: 'the quarter closes', kind: 'emotional', stage: null });
  });

  it('an edit that empties a part says which part, and changes nothing', async () => {
    app = await renderApp({ hash: '#/jobs' });
    await app.core.call('jobs.create', {
      situation: 'a number looks off',
      motivation: 'trace it',
      outcome: 'trust the report',
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Edit' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit job statement' });
    type(dialog, 'When', ' ');
    fireEvent.submit(dialog.querySelector('form')!);
    expect((await within(dialog).findByRole('alert')).textContent).toContain('When: Describe the situation: When …');
    expect(within(dialog).getByLabelText('When', { exact: true }).getAttribute('aria-invalid')).toBe('true');
    const [job] = await app.core.call('jobs.list');
    expect(job!.situation).toBe('a number looks off');
  });

  it('adds a job from a stage of a persona’s map, already linked and placed', async () => {
    app = await renderApp({ hash: '#/jobs/map' });
    // With no persona in the address, the map shows the first one.
    await app.core.call('personas.create', { name: 'Reporting Rita', kind: 'user' });
    const map = await screen.findByRole('list', { name: 'Job map of Reporting Rita' });
    expect(within(map).getAllByText('No jobs at this stage yet')).toHaveLength(8);
    fireEvent.click(within(map).getByRole('button', { name: 'Add a job at Locate' }));
    const dialog = await screen.findByRole('dialog', { name: 'New job statement' });
    expect((within(dialog).getByLabelText('Job-map stage') as HTMLSelectElement).value).toBe('locate');
    expect((within(dialog).getByRole('checkbox', { name: /Reporting Rita/ }) as HTMLInputElement).checked).toBe(true);
    type(dialog, 'When', 'a new tool arrives');
    type(dialog, 'I want to', 'find out what it reports');
    type(dialog, 'so I can', 'wire it into the pack');
    fireEvent.submit(dialog.querySelector('form')!);
    await waitFor(() => expect(within(map).getAllByText('No jobs at this stage yet')).toHaveLength(7));
    const locate = within(map).getByRole('listitem', { name: /^Locate/ });
    expect(within(locate).getByRole('listitem').getAttribute('aria-label')).toBe(
      'When a new tool arrives, I want to find out what it reports, so I can wire it into the pack.',
    );
  });
});
