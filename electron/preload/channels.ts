/** The two IPC channels between the preload and the main process; nothing else is listened to. */
export const RPC_CHANNEL = 'gw:rpc';
export const EVENT_CHANNEL = 'gw:event';
