/** main's own dialogs are where the UI's file paths come from: filters, suggested names, cancel. */
import { describe, expect, it, vi } from 'vitest';
import { createHostDialogs } from '../../electron/main/hostDialogs';

function fakeDialog(open: string[] | null, save: string | null) {
  return {
    showOpenDialog: vi.fn(async () => ({ canceled: open === null, filePaths: open ?? [] })),
    showSaveDialog: vi.fn(async () => (save === null ? { canceled: true } : { canceled: false, filePath: save })),
  };
}

describe('host dialogs', () => {
  it('asks for a project, a recording or a table with the right filters, attached to the window', async () => {
    const win = { id: 1 };
    const dialog = fakeDialog(['/data/a.groundwork'], '/data/New.groundwork');
    const dialogs = createHostDialogs(dialog, () => win, '/home/me/Documents');
    expect(await dialogs.chooseProjectToOpen()).toBe('/data/a.groundwork');
    expect(dialog.showOpenDialog.mock.calls[0]).toEqual([
      win,
      expect.objectContaining({ filters: [{ name: 'Groundwork project', extensions: ['groundwork'] }] }),
    ]);
    expect(await dialogs.chooseProjectToCreate('Pricing: Q3/Q4')).toBe('/data/New.groundwork');
    expect((dialog.showSaveDialog.mock.calls[0] as unknown[])[1]).toMatchObject({
      defaultPath: '/home/me/Documents/Pricing  Q3 Q4.groundwork',
    });
    expect(await dialogs.chooseRecording()).toBe('/data/a.groundwork');
    const media = (
      dialog.showOpenDialog.mock.calls[1] as unknown as [unknown, { filters: { extensions: string[] }[] }]
    )[1];
    expect(media.filters[0]!.extensions).toEqual(expect.arrayContaining(['mp3', 'm4a', 'mp4', 'webm']));
    expect(await dialogs.chooseTable()).toBe('/data/a.groundwork');
    expect(dialog.showOpenDialog.mock.calls[2]).toEqual([
      win,
      expect.objectContaining({ filters: [{ name: 'CSV or Excel workbook', extensions: ['csv', 'xlsx', 'txt'] }] }),
    ]);
    expect(await dialogs.chooseColleagueCopy('Churn: Q3 (copy for a colleague).groundwork')).toBe(
      '/data/New.groundwork',
    );
    expect((dialog.showSaveDialog.mock.calls[1] as unknown[])[1]).toMatchObject({
      title: 'Save a Copy for a Colleague',
      defaultPath: '/home/me/Documents/Churn  Q3 (copy for a colleague).groundwork',
      filters: [{ name: 'Groundwork project', extensions: ['groundwork'] }],
    });
    expect(await dialogs.chooseMergeSource()).toBe('/data/a.groundwork');
    expect(dialog.showOpenDialog.mock.calls[3]).toEqual([
      win,
      expect.objectContaining({
        title: 'Merge from Another Project',
        filters: [{ name: 'Groundwork project or REFI-QDA project', extensions: ['groundwork', 'qdpx'] }],
      }),
    ]);
  });

  it('gives null when the user cancels or no window is open', async () => {
    const dialogs = createHostDialogs(fakeDialog(null, null), () => ({ id: 1 }), '/d');
    expect(await dialogs.chooseProjectToOpen()).toBeNull();
    expect(await dialogs.chooseProjectToCreate('x')).toBeNull();
    expect(await dialogs.chooseRecording()).toBeNull();
    expect(await dialogs.chooseTable()).toBeNull();
    expect(await dialogs.chooseMergeSource()).toBeNull();
    expect(await dialogs.chooseColleagueCopy('x.groundwork')).toBeNull();
    const windowless = createHostDialogs(fakeDialog(['/a'], '/b'), () => null, '/d');
    expect(await windowless.chooseProjectToOpen()).toBeNull();
  });
});
