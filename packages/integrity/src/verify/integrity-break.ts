import type { ChainBreakKind } from '../chain/chain-break';

/**
 * Which check found a break: the hash chain of the stream itself, the audit log (each event's hash
 * as it was first projected), or an anchor file an auditor kept outside the store.
 */
export type BreakSource = 'chain' | 'audit_log' | 'anchor';

export interface IntegrityBreak {
  readonly source: BreakSource;
  readonly streamName: string;
  readonly revision: bigint;
  readonly kind: ChainBreakKind;
  readonly eventId?: string;
  readonly position?: bigint;
  /** Revisions, positions and hashes only: never event data. */
  readonly detail: string;
}
