/** The two IPC channels between preload and main; everything else travels inside them. */
export const INVOKE_CHANNEL = 'mql-lab:invoke';
export const EVENT_CHANNEL = 'mql-lab:event';
