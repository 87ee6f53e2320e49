import { toJson } from '../output/json';
import { renderTable } from '../output/table';
import type { VerifyReport } from '@binaan/integrity';

export interface VerifyContext {
  readonly store: string;
  readonly auditLogSkipped?: string;
}

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
  ];
  if (report.breaks.length === 0) {
    const chainsAlone =
      report.auditLog === null && report.anchor === null
        ? ' This rests on the hash chains alone: with no audit log and no anchor, a stream rewritten with every hash recomputed would not show.'
        : '';
    return `${lines.join('\n')}\nResult: CLEAN. No break found.${chainsAlone}\n`;
  }
  const table = renderTable(
    ['kind', 'stream', 'revision', 'found by', 'position', 'detail'],
    report.breaks.map((found) => [found.kind, found.streamName, Number(found.revision), found.source, found.position === undefined ? null : Number(found.position), found.detail]),
  );
  return `${lines.join('\n')}\nResult: TAMPERING FOUND. ${report.breaks.length} break(s):\n${table}`;
};

export const renderVerifyJson = (report: VerifyReport, context: VerifyContext): string =>
  toJson({
    result: report.breaks.length === 0 ? 'clean' : 'tampered',
    store: context.store,
    events: report.events,
    streams: report.streams,
    unchainedReservations: report.unchained,
    lastPosition: report.lastPosition,
    checks: {
      chain: true,
      auditLog: report.auditLog ?? { skipped: context.auditLogSkipped ?? 'not available' },
      anchor: report.anchor,
    },
    breaks: report.breaks,
  }) + '\n';
