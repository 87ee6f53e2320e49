export * from './runtime-config';
export * from './open-stores';
export * from './create-runtime';
