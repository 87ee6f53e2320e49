export * from './chain/event-hash';
export * from './chain/chain-events';
export * from './chain/chain-break';
export { type VerifiableEvent, MOVED_EVENT_SEARCH_DISTANCE } from './chain/event-summary';
export * from './chain/chain-verifier';
export * from './chain/verify-stream-chain';
export {
  verifyStore,
  isClean,
  type VerifyOptions,
  type VerifyReport,
  type AuditLogSource,
  type VerifyProgress,
} from './verify/verify-store';
export type { AuditLogPageLoader, AuditLogRow, AuditLogSummary } from './verify/audit-log-check';
export type { IntegrityBreak, BreakSource } from './verify/integrity-break';
export { storedHashOf, type StoredEvent, type StoredEventSource, type StoredText } from './verify/stored-event';
export { StoredRow } from './verify/stored-row';
export { portEventSource } from './verify/port-event-source';
export { createAnchorCheck, type AnchorSummary } from './anchor/anchor-check';
export { AnchorFile, AnchorFileError, anchorFileText, parseAnchorFile, type Anchor } from './anchor/anchor-file';
export { merkleRoot, EMPTY_MERKLE_ROOT, type StreamHead } from './anchor/merkle-root';
export { storedRowsSource, type StoredTextRow } from './verify/stored-rows-source';
export type { PositionClaim, PositionGap, PositionLedger } from './verify/position-ledger';
