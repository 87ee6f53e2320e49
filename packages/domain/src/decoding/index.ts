export * from './decode-error';
export * from './decode-with';
export * from './validation-issues';
export * from './edge-checks';
export * from './command-decoders';
export * from './decode-command';
