export type { JsonObject, JsonValue } from '@binaan/canonical-json';
export * from './events';
export * from './options';
export * from './subscription';
export * from './errors';
export * from './limits';
export * from './schema';
export * from './event-store';
export * from './last-position';
