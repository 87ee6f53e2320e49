export { canonicalJson, CanonicalJsonError, inCanonicalOrder } from './canonical-json';
export * from './event-hash';
export * from './chain-events';
export * from './chain-break';
export { type VerifiableEvent, MOVED_EVENT_SEARCH_DISTANCE } from './event-summary';
export * from './chain-verifier';
export * from './verify-stream-chain';
