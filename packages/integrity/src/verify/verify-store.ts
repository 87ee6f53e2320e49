import type { ChainBreak } from '../chain/chain-break';
import { createChainVerifier } from '../chain/chain-verifier';
import type { VerifiableEvent } from '../chain/event-summary';
import { createAnchorCheck, type AnchorSummary } from '../anchor/anchor-check';
import type { Anchor } from '../anchor/anchor-file';
import type { StreamHead } from '../anchor/merkle-root';
import { createAuditLogCheck, type AuditLogPageLoader, type AuditLogSummary } from './audit-log-check';
import type { IntegrityBreak } from './integrity-break';
import { createPositionGapCheck } from './position-gap-check';
import type { PositionGap, PositionLedger } from './position-ledger';
import { createQuickChainCheck } from './quick-chain-check';
import { createRevisionOrder } from './revision-order';
import type { StoredEvent, StoredEventSource } from './stored-event';
import { isUnchainedReservation } from './unchained-events';

/** Where verification reports how far it has come (a progress bar, or nothing). */
export interface VerifyProgress {
  advance(): void;
  finish(): void;
}

export interface AuditLogSource {
  readonly loadPage: AuditLogPageLoader;
  readonly checkedThrough: bigint | null;
}

export interface VerifyOptions {
  /** Events exactly as stored: upcasting changes the data and so the hash. */
  readonly events: StoredEventSource;
  readonly auditLog?: AuditLogSource;
  readonly anchor?: Anchor;
  /** Given for a store whose positions count records one by one (SQLite): every hole is then found. */
  readonly positions?: PositionLedger;
  readonly progress?: VerifyProgress;
}

export interface VerifyReport {
  readonly events: number;
  readonly streams: number;
  readonly lastPosition: bigint | null;
  readonly breaks: readonly IntegrityBreak[];
  readonly auditLog: AuditLogSummary | null;
  readonly anchor: AnchorSummary | null;
  /** Enrolment reservations stored without a hash chain: not covered by the chain or an anchor. */
  readonly unchained: number;
  /** The last event of every hash-chained stream: what an anchor records. */
  readonly heads: readonly StreamHead[];
  /** Holes in the store's positions (deleted events); null when the store's positions could not be checked. */
  readonly positionGaps: readonly PositionGap[] | null;
}

/** Clean: no break in any chain, audit log or anchor, and no hole in the positions. */
export const isClean = (report: Pick<VerifyReport, 'breaks' | 'positionGaps'>): boolean =>
  report.breaks.length === 0 && (report.positionGaps ?? []).length === 0;

const fromChain = (found: ChainBreak): IntegrityBreak => ({ source: 'chain', ...found });

/** A plain copy for the chain verifier, which spreads events: a source's lazily parsed data and metadata are getters, which spreading would lose. */
const asVerifiable = (event: StoredEvent): VerifiableEvent => ({
  id: event.id,
  streamName: event.streamName,
  revision: event.revision,
  type: event.type,
  data: event.data,
  metadata: event.metadata,
});

const sourceOrder = { chain: 0, audit_log: 1, anchor: 2 } as const;

const byPlace = (a: IntegrityBreak, b: IntegrityBreak): number =>
  a.streamName < b.streamName
    ? -1
    : a.streamName > b.streamName
      ? 1
      : a.revision !== b.revision
        ? (a.revision < b.revision ? -1 : 1)
        : sourceOrder[a.source] - sourceOrder[b.source];

/**
 * The second pass, over the streams the first could not prove clean: each in revision order
 * through the full chain verifier of @binaan/event-store, which names every break.
 */
const nameChainBreaks = async (events: StoredEventSource, streams: ReadonlySet<string>): Promise<readonly IntegrityBreak[]> => {
  const found: ChainBreak[] = [];
  const positions = new Map<string, bigint>();
  const chain = createChainVerifier();
  const inRevisionOrder = createRevisionOrder((event) => found.push(...chain.push(asVerifiable(event))));
  for await (const event of events(streams)) {
    positions.set(event.id, event.position);
    inRevisionOrder.push(event);
  }
  inRevisionOrder.end();
  return [...found, ...chain.end()].map((chainBreak) => {
    const position = chainBreak.eventId === undefined ? undefined : positions.get(chainBreak.eventId);
    return position === undefined ? fromChain(chainBreak) : { ...fromChain(chainBreak), position };
  });
};

/**
 * Verifies the store in one pass in position order (the chain of every stream, the audit log beside
 * it, an anchor when given), and a second pass over only the streams that showed a problem. Memory
 * grows with the number of streams, never with the number of events.
 */
export const verifyStore = async (options: VerifyOptions): Promise<VerifyReport> => {
  const breaks: IntegrityBreak[] = [];
  const quick = createQuickChainCheck();
  const audit = options.auditLog === undefined ? undefined : createAuditLogCheck(options.auditLog.loadPage, options.auditLog.checkedThrough);
  const anchor = options.anchor === undefined ? undefined : createAnchorCheck(options.anchor);
  const positions = options.positions === undefined ? undefined : createPositionGapCheck(options.positions);
  let events = 0;
  let unchained = 0;
  let lastPosition: bigint | null = null;

  const note = (found: readonly IntegrityBreak[]): void => {
    if (found.length > 0) breaks.push(...found);
  };
  /** Returns a promise only when the audit log must fetch a page, so most events cost no await. */
  const visit = (event: StoredEvent): Promise<void> | undefined => {
    events += 1;
    lastPosition = event.position;
    positions?.check(event.position);
    options.progress?.advance();
    if (isUnchainedReservation(event)) {
      unchained += 1;
    } else {
      quick.check(event);
      if (anchor !== undefined) note(anchor.check(event));
    }
    const audited = audit?.check(event);
    if (audited instanceof Promise) return audited.then(note);
    if (audited !== undefined) note(audited);
    return undefined;
  };

  const all = options.events();
  if (Symbol.asyncIterator in all) {
    for await (const event of all) await visit(event);
  } else {
    for (const event of all) {
      const pending = visit(event);
      if (pending !== undefined) await pending;
    }
  }
  if (audit !== undefined) breaks.push(...(await audit.end()));
  if (anchor !== undefined) breaks.push(...anchor.end());
  breaks.push(...(await nameChainBreaks(options.events, quick.suspicious())));
  options.progress?.finish();

  return {
    events,
    streams: quick.streams(),
    lastPosition,
    breaks: breaks.sort(byPlace),
    auditLog: audit?.summary() ?? null,
    anchor: anchor?.summary() ?? null,
    unchained,
    heads: quick.heads(),
    positionGaps: positions?.end() ?? null,
  };
};
