export * from './port';
export * from './memory';
