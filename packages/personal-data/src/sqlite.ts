export * from './sqlite-key-store';
