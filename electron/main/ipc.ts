/**
 * Electron IPC adapter: one invoke channel into core.dispatch and one push channel out.
 * Every message's sender frame is checked first: only the top frame of a page on our own
 * app:// origin may call the core. Inputs cross as JSON, like the HTTP bridge, under a size cap.
 */
import { MAX_RPC_BYTES } from '../../shared/ipc/limits';
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import type { Envelope } from '../../shared/ipc/envelope';
import { fail } from '../../shared/ipc/envelope';
import type { PushEvent } from '../../shared/ipc/events';
import { EVENT_CHANNEL, RPC_CHANNEL } from '../preload/channels';
import { isTrustedSender } from './security/origin';

/** What the adapter needs from the core (createCore's result satisfies it). */
export interface Dispatcher {
  dispatch(method: unknown, input: unknown): Promise<Envelope<unknown>>;
  onEvent(listener: (event: PushEvent) => void): () => void;
}

/** The part of an invoke event the sender check reads. */
export interface SenderFrameInfo {
  senderFrame: { url: string; parent: unknown } | null;
}

export const DEFAULT_MAX_INPUT_BYTES = MAX_RPC_BYTES;

/** True when the message comes from the top frame of a page on app://groundwork. */
export function isTrustedIpcEvent(event: SenderFrameInfo): boolean {
  const frame = event.senderFrame;
  if (!frame) return false; // the frame navigated away or was destroyed
  if (frame.parent !== null) return false; // subframes never get to call the core
  return isTrustedSender(frame.url);
}

export function createRpcHandler(
  core: Pick<Dispatcher, 'dispatch'>,
  opts: { maxInputBytes?: number; onRefused?: (url: string | null) => void } = {},
): (event: SenderFrameInfo, method: unknown, input: unknown) => Promise<Envelope<unknown>> {
  const maxBytes = opts.maxInputBytes ?? DEFAULT_MAX_INPUT_BYTES;
  return async (event, method, input) => {
    if (!isTrustedIpcEvent(event)) {
      opts.onRefused?.(event.senderFrame?.url ?? null);
      return fail({ code: 'VALIDATION', message: 'This page may not talk to Groundwork.' });
    }
    if (typeof method !== 'string')
      return fail({ code: 'UNKNOWN_METHOD', message: 'The method name must be a string.' });
    let text: string | undefined;
    try {
      text = input === undefined ? undefined : JSON.stringify(input);
    } catch {
      return fail({ code: 'VALIDATION', message: 'The request is not plain data.' });
    }
    if (text !== undefined && Buffer.byteLength(text) > maxBytes) {
      return fail({
        code: 'TOO_LARGE',
        message: `The request is larger than ${Math.round(maxBytes / 1024 / 1024)} MB.`,
      });
    }
    // The same JSON round trip as the HTTP bridge, so both transports see identical inputs.
    const wireInput = text === undefined ? {} : (JSON.parse(text) as unknown);
    const envelope = await core.dispatch(method, wireInput);
    return JSON.parse(JSON.stringify(envelope)) as Envelope<unknown>;
  };
}

export function registerRpc(
  ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>,
  core: Pick<Dispatcher, 'dispatch'>,
  opts: Parameters<typeof createRpcHandler>[1] = {},
): () => void {
  const handler = createRpcHandler(core, opts);
  ipcMain.handle(RPC_CHANNEL, (event: IpcMainInvokeEvent, method: unknown, input: unknown) =>
    handler(event as unknown as SenderFrameInfo, method, input),
  );
  return () => ipcMain.removeHandler(RPC_CHANNEL);
}

/** Where pushes go: a window's webContents. */
export interface EventTarget {
  isDestroyed(): boolean;
  getURL(): string;
  send(channel: string, payload: unknown): void;
}

/** Forwards core events to the window, but only while it shows our own page. */
export function forwardEvents(core: Pick<Dispatcher, 'onEvent'>, target: EventTarget): () => void {
  return core.onEvent((event) => {
    if (target.isDestroyed() || !isTrustedSender(target.getURL())) return;
    target.send(EVENT_CHANNEL, JSON.parse(JSON.stringify(event)));
  });
}
