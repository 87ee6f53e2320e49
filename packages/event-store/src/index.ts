export * from './port';
export * from './memory';
export * from './personal-data';
export * from './integrity';
export * from './sqlite';
export * from './esdb';
export * from './command-handling';
export * from './participants';
