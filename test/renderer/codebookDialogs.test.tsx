/**
 * The codebook's dialogs in the real <App/> against a real core: a new tag takes its name, kind (and
 * the kind's colour), parent and definition; a colour too dark to read text on keeps "Add tag" off;
 * Move puts a tag under the parent chosen; Merge offers neither the tag itself nor archived ones, and
 * removes the merged tag (the core's merge tests check the codings it carries over).
 */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { KIND_COLOURS } from '../../shared/domain/tag';
import { renderApp, type RenderedApp } from './renderApp';

// jsdom lays nothing out, so it has no scrollIntoView; the list scrolls the selected tag into view.
Element.prototype.scrollIntoView ??= function scrollIntoView() {};

let app: RenderedApp | null = null;
afterEach(() => {
  app?.unmount();
  app = null;
});

const tagsNamed = async (name: string) => (await app!.core.call('tags.list', {})).filter((t) => t.name === name);

async function selectTag(name: string) {
  fireEvent.click(await within(await screen.findByRole('list', { name: 'Tags' })).findByText(name));
  await screen.findByRole('heading', { name });
}

describe('codebook dialogs', () => {
  it('adds a tag with its kind, colour, parent and definition; refuses a colour too dark to read', async () => {
    app = await renderApp({ hash: '#/codebook' });
    const parent = await app.core.call('tags.create', { name: 'Workarounds', kind: 'theme' });
    fireEvent.click(await screen.findByRole('button', { name: /New tag/ }));
    const dialog = await screen.findByRole('dialog', { name: 'New tag' });
    const add = within(dialog).getByRole('button', { name: 'Add tag' }) as HTMLButtonElement;
    expect(add.disabled).toBe(true); // no name yet
    fireEvent.change(within(dialog).getByLabelText(/Name/), { target: { value: 'Spreadsheet reconciliation' } });
    fireEvent.change(within(dialog).getByLabelText('Kind'), { target: { value: 'pain_point' } });
    fireEvent.change(within(dialog).getByLabelText('Parent'), { target: { value: String(parent.id) } });
    fireEvent.change(within(dialog).getByLabelText('Definition'), { target: { value: 'Matching exports by hand.' } });
    fireEvent.change(within(dialog).getByLabelText('Highlight colour'), { target: { value: '#101010' } });
    expect(add.disabled).toBe(true);
    expect(within(dialog).getByText(/too dark for readable text/)).toBeTruthy();
    fireEvent.change(within(dialog).getByLabelText('Highlight colour'), { target: { value: KIND_COLOURS.pain_point } });
    expect(add.disabled).toBe(false);
    fireEvent.click(add);
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const [made] = await tagsNamed('Spreadsheet reconciliation');
    expect(made).toMatchObject({
      kind: 'pain_point',
      colour: KIND_COLOURS.pain_point,
      parentId: parent.id,
      definition: 'Matching exports by hand.',
    });
  }, 60_000);

  it('moves a tag under another, then merges it into a third, which stays', async () => {
    app = await renderApp({ hash: '#/codebook' });
    await app.core.call('tags.create', { name: 'Manual work', kind: 'theme' });
    const b = await app.core.call('tags.create', { name: 'Pain', kind: 'theme' });
    const c = await app.core.call('tags.create', { name: 'Manual effort', kind: 'theme' });
    await selectTag('Manual work');
    fireEvent.click(screen.getByRole('button', { name: 'Move…' }));
    let dialog = await screen.findByRole('dialog', { name: 'Move “Manual work”' });
    fireEvent.change(within(dialog).getByLabelText('New parent'), { target: { value: String(b.id) } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Move' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect((await tagsNamed('Manual work'))[0]!.parentId).toBe(b.id);

    fireEvent.click(screen.getByRole('button', { name: 'Merge into…' }));
    dialog = await screen.findByRole('dialog', { name: 'Merge “Manual work” into…' });
    const merge = within(dialog).getByRole('button', { name: 'Merge' }) as HTMLButtonElement;
    expect(merge.disabled).toBe(true);
    const keep = within(dialog).getByLabelText('Keep this tag') as HTMLSelectElement;
    expect([...keep.options].map((o) => o.text)).not.toContain('Pain / Manual work');
    fireEvent.change(keep, { target: { value: String(c.id) } });
    fireEvent.click(merge);
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(await tagsNamed('Manual work')).toEqual([]);
    expect((await tagsNamed('Manual effort'))[0]!.id).toBe(c.id);
  }, 60_000);
});
