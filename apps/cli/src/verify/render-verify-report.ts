import { toJson } from '../output/json';
import { renderTable } from '../output/table';
import { isClean, type VerifyReport } from '@binaan/integrity';
import type { SkippedRecords } from '@binaan/event-store';

export interface VerifyContext {
  readonly store: string;
  readonly auditLogSkipped?: string;
  /** EventStoreDB only: what `$all` held besides Binaan's streams, passed over unchecked. */
  readonly otherRecords?: SkippedRecords;
}

/** On EventStoreDB, what was passed over: other applications' streams, the server's own records, links. */
const otherRecordsLine = (context: VerifyContext): readonly string[] => {
  const other = context.otherRecords;
  if (other === undefined) return [];
  return [
    `Not Binaan's, passed over unchecked: ${other.foreign} event(s) in ${other.foreignStreams} stream(s) of other applications, ` +
      `${other.system} record(s) of the server itself and ${other.links} link event(s).`,
  ];
};

const auditLine = (report: VerifyReport, context: VerifyContext): string => {
  if (report.auditLog === null) return `Audit log: not checked (${context.auditLogSkipped ?? 'not available'}).`;
  const { compared, checkedThrough, notYetProjected } = report.auditLog;
  const through = checkedThrough === null ? 'the audit log is empty' : `it covers positions up to ${checkedThrough}`;
  const pending = notYetProjected === 0 ? '' : ` ${notYetProjected} later event(s) are not projected yet: only their chains vouch for them.`;
  return `Audit log: ${compared} event(s) compared with the hash recorded when first projected; ${through}.${pending}`;
};

const anchorLine = (report: VerifyReport): string =>
  report.anchor === null
    ? 'Anchor: none given (binaan verify --anchor FILE compares with heads kept outside the store).'
    : `Anchor: ${report.anchor.headsFound}/${report.anchor.streams} anchored stream heads found unchanged or reported below (anchor of ${report.anchor.createdAt}, Merkle root ${report.anchor.merkleRoot}).`;

const positionsLine = (report: VerifyReport): string => {
  if (report.positionGaps === null) return 'Positions: not checked (EventStoreDB positions are log offsets, not a count of events).';
  if (report.positionGaps.length === 0) {
    return `Positions: no hole from 1 to ${report.lastPosition ?? 0}, and neither the sequence counter nor a projection checkpoint points past the last event.`;
  }
  return `Positions: ${report.positionGaps.length} hole(s) where events were deleted:\n${report.positionGaps.map((gap) => `  ${gap.detail}`).join('\n')}`;
};

/** What no check here can show: said every time, so that CLEAN is read for what it is. */
export const limitsText = (report: VerifyReport): string =>
  report.anchor === null
    ? 'Not visible without an anchor: events deleted from the end of the store together with their audit-log rows, with the ' +
      'sequence counter and the projection checkpoints set back to match; a stream deleted and its later events renumbered to close ' +
      'the holes; a store replaced by a consistent one. An anchor kept outside the store (binaan anchor) shows each of these.'
    : 'Not visible even with this anchor: anything recorded after the anchor was written and then deleted or rewritten as a whole.';

export const renderVerifyText = (report: VerifyReport, context: VerifyContext): string => {
  const lines = [
    `Store: ${context.store}`,
    `Hash chains: ${report.events - report.unchained} event(s) in ${report.streams} stream(s) recomputed${report.lastPosition === null ? '' : `, up to position ${report.lastPosition}`}.`,
    ...(report.unchained === 0
      ? []
      : [
          `Not covered: ${report.unchained} enrolment reservation event(s) were stored without a hash chain, so no chain or anchor vouches for them (the audit log still lists them).`,
        ]),
    auditLine(report, context),
    anchorLine(report),
    positionsLine(report),
    ...otherRecordsLine(context),
    limitsText(report),
  ];
  if (isClean(report)) {
    const chainsAlone =
      report.auditLog === null && report.anchor === null
        ? ' This rests on the hash chains alone: with no audit log and no anchor, a stream rewritten with every hash recomputed would not show.'
        : '';
    return `${lines.join('\n')}\nResult: CLEAN. No break found.${chainsAlone}\n`;
  }
  if (report.breaks.length === 0) return `${lines.join('\n')}\nResult: TAMPERING FOUND. Events were deleted (see Positions above).\n`;
  const table = renderTable(
    ['kind', 'stream', 'revision', 'found by', 'position', 'detail'],
    report.breaks.map((found) => [found.kind, found.streamName, Number(found.revision), found.source, found.position === undefined ? null : Number(found.position), found.detail]),
  );
  return `${lines.join('\n')}\nResult: TAMPERING FOUND. ${report.breaks.length} break(s):\n${table}`;
};

export const renderVerifyJson = (report: VerifyReport, context: VerifyContext): string =>
  toJson({
    result: isClean(report) ? 'clean' : 'tampered',
    store: context.store,
    events: report.events,
    streams: report.streams,
    unchainedReservations: report.unchained,
    lastPosition: report.lastPosition,
    checks: {
      chain: true,
      auditLog: report.auditLog ?? { skipped: context.auditLogSkipped ?? 'not available' },
      anchor: report.anchor,
      positions: report.positionGaps === null ? { skipped: 'EventStoreDB positions are log offsets' } : { gaps: report.positionGaps },
    },
    ...(context.otherRecords === undefined ? {} : { otherRecords: context.otherRecords }),
    notVisible: limitsText(report),
    breaks: report.breaks,
  }) + '\n';
