export { createEsdbEventStore, type EsdbConnection, type EsdbEventStoreOptions } from './esdb-event-store';
export { defaultReconnectPolicy, type ReconnectPolicy } from './resilient-subscription';
export { UndecodableEventError } from './client-events';
