export * from './command-envelope';
export * from './command-result';
export * from './event-ids';
export * from './command-fingerprint';
export * from './load-stream';
export * from './stream-state-cache';
export * from './build-proposed-events';
export * from './handle-command';
