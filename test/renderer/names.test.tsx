/**
 * Found item 8 of issue 11: the researcher could not see who is who — only pseudonyms were shown, and
 * filtering participants by real name found nothing. Now real names show with the pseudonym beside
 * them, the filter and the palette find people by any name, alias or e-mail, and presentation mode
 * (status bar, Ctrl/Cmd+Shift+P, palette) shows pseudonyms only.
 */
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiClient } from '../../renderer/src/api/client';
import { ApiProvider } from '../../renderer/src/api/hooks';
import { ExportDialog } from '../../renderer/src/features/export/ExportDialog';
import { setPresentationMode } from '../../renderer/src/features/names/presentationMode';
import { makeCore } from '../support/core';
import { renderApp, transportFor, type RenderedApp } from './renderApp';

let app: RenderedApp | null = null;

afterEach(() => {
  app?.unmount();
  app = null;
  act(() => setPresentationMode(false));
});

async function study(a: RenderedApp) {
  const acme = await a.core.call('companies.create', { name: 'Acme Freight Group', aliases: ['Acme'] });
  await a.core.call('participants.create', {
    realName: 'Dana Whitfield',
    aliases: ['Dee'],
    email: 'dana@acmefreight.com',
    role: 'Controller at Acme',
    companyId: acme.id,
  });
  await a.core.call('participants.create', { realName: 'José Álvarez' });
}

const rowNames = (table: HTMLElement) =>
  within(table)
    .getAllByRole('row')
    .slice(1)
    .map((r) => r.querySelector('th, td')?.textContent?.trim());

describe('names on screen (found item 8)', () => {
  it('lists participants by real name with the pseudonym beside it, and filters by name, alias or e-mail', async () => {
    app = await renderApp({ hash: '#/participants' });
    await act(() => study(app!));
    const table = await screen.findByRole('table', { name: 'Participants' });
    await waitFor(() => expect(rowNames(table)).toEqual(['Dana Whitfield (P01)', 'José Álvarez (P02)']));
    const filter = screen.getByLabelText('Filter participants');
    for (const [typed, expected] of [
      ['Whitfield', ['Dana Whitfield (P01)']],
      ['dee', ['Dana Whitfield (P01)']],
      ['acmefreight.com', ['Dana Whitfield (P01)']],
      ['P02', ['José Álvarez (P02)']],
    ] as const) {
      fireEvent.change(filter, { target: { value: typed } });
      await waitFor(() => expect(rowNames(table)).toEqual(expected));
    }
  });

  it('presentation mode shows pseudonyms only — in the list, the filter, the inspector and the palette', async () => {
    app = await renderApp({ hash: '#/participants' });
    await act(() => study(app!));
    const table = await screen.findByRole('table', { name: 'Participants' });
    await waitFor(() => expect(rowNames(table)).toHaveLength(2));
    const toggle = screen.getByRole('button', { name: 'Presentation mode' });
    expect(toggle.getAttribute('aria-pressed')).toBe('false');
    fireEvent.click(toggle);
    await waitFor(() => expect(rowNames(table)).toEqual(['P01', 'P02']));
    expect(screen.getByRole('button', { name: /Presenting: pseudonyms only/ }).getAttribute('aria-pressed')).toBe(
      'true',
    );
    fireEvent.click(within(table).getByRole('button', { name: 'P01' }));
    await screen.findByRole('heading', { name: 'P01' });
    // Nothing on screen names anyone: not the list, not the inspector (role "Controller at Acme").
    expect(document.body.textContent).not.toMatch(/Dana|Whitfield|José|Álvarez|Dee|acmefreight|Acme/);
    expect(document.body.textContent).toContain('Controller at Company A');
    // Typing a real name does not reveal who it is.
    fireEvent.change(screen.getByLabelText('Filter participants'), { target: { value: 'Whitfield' } });
    expect(await screen.findByText(/No participants match “Whitfield”/)).toBeTruthy();

    // The palette lists people by pseudonym; Ctrl+Shift+P turns the mode off again from anywhere.
    fireEvent.change(screen.getByLabelText('Filter participants'), { target: { value: '' } });
    fireEvent.keyDown(window, { key: 'k', ctrlKey: true });
    const palette = await screen.findByRole('dialog', { name: 'Go to anything' });
    fireEvent.change(within(palette).getByRole('combobox'), { target: { value: 'P01' } });
    expect(await within(palette).findByRole('option', { name: /Participant\s*P01/ })).toBeTruthy();
    expect(palette.textContent).not.toMatch(/Dana/);
    fireEvent.keyDown(window, { key: 'P', ctrlKey: true, shiftKey: true });
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Presentation mode' }).getAttribute('aria-pressed')).toBe('false'),
    );
    fireEvent.change(within(palette).getByRole('combobox'), { target: { value: 'Whitfield' } });
    expect(await within(palette).findByRole('option', { name: /Dana Whitfield \(P01\)/ })).toBeTruthy();
    fireEvent.change(within(palette).getByRole('combobox'), { target: { value: 'presentation' } });
    expect(await within(palette).findByRole('option', { name: /Turn presentation mode on/ })).toBeTruthy();
  });

  it('the participant form edits aliases and e-mail, and says why a clashing pseudonym is refused', async () => {
    app = await renderApp({ hash: '#/participants' });
    await act(() => study(app!));
    const table = await screen.findByRole('table', { name: 'Participants' });
    fireEvent.click(await within(table).findByRole('button', { name: 'José Álvarez (P02)' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Edit' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit José Álvarez' });
    fireEvent.change(within(dialog).getByLabelText('Also known as'), { target: { value: 'Pepe, Joe' } });
    fireEvent.change(within(dialog).getByLabelText('E-mail'), { target: { value: 'jose@example.org' } });
    fireEvent.change(within(dialog).getByLabelText(/Pseudonym/), { target: { value: 'Dana' } });
    fireEvent.submit(dialog.querySelector('form')!);
    expect(await within(dialog).findAllByText(/“Dana” is the given name of Dana Whitfield/)).not.toHaveLength(0);
    fireEvent.change(within(dialog).getByLabelText(/Pseudonym/), { target: { value: 'P02' } });
    fireEvent.submit(dialog.querySelector('form')!);
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Edit José Álvarez' })).toBeNull());
    const jose = (await app.core.call('participants.list')).find((p) => p.realName === 'José Álvarez')!;
    expect(jose).toMatchObject({ aliases: ['Pepe', 'Joe'], email: 'jose@example.org' });
  });

  it('the company form proposes the first word of a multi-word name as a short name', async () => {
    app = await renderApp({ hash: '#/companies' });
    fireEvent.click(await screen.findByRole('button', { name: /Add your first company/ }));
    const dialog = await screen.findByRole('dialog', { name: 'New company' });
    fireEvent.change(within(dialog).getByLabelText(/Company name/), { target: { value: 'Northwind Traders Ltd' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Add “Northwind” as a short name' }));
    expect((within(dialog).getByLabelText('Short names') as HTMLInputElement).value).toBe('Northwind');
    expect(within(dialog).queryByRole('button', { name: /as a short name/ })).toBeNull();
    fireEvent.submit(dialog.querySelector('form')!);
    await waitFor(async () => expect((await app!.core.call('companies.list'))[0]?.aliases).toEqual(['Northwind']));
  });

  it('the export dialog warns, when pseudonymising, about a company with no short name', async () => {
    const core = await makeCore();
    try {
      const c = await core.call('companies.create', { name: 'Northwind Traders' });
      const client = new ApiClient(transportFor(core));
      render(
        <ApiProvider client={client}>
          <ExportDialog
            title="Export persona"
            subject="this persona"
            run={() => new Promise(() => {})}
            onClose={() => {}}
          />
        </ApiProvider>,
      );
      const dialog = await screen.findByRole('dialog', { name: 'Export persona' });
      expect(within(dialog).queryByRole('note')).toBeNull();
      fireEvent.click(within(dialog).getByRole('checkbox', { name: 'Pseudonymise names' }));
      expect((await within(dialog).findByRole('note')).textContent).toMatch(
        /Northwind Traders has no short name\. If people say “Northwind”, add it/,
      );
      await act(() => core.call('companies.update', { id: c.id, patch: { aliases: ['Northwind'] } }));
      await waitFor(() => expect(within(dialog).queryByRole('note')).toBeNull());
    } finally {
      cleanup();
      core.close();
    }
  });
});
