import { toJson } from '../output/json';
import { renderTable } from '../output/table';
import { isClean, type VerifyReport } from '@binaan/integrity';
import { renderMessage, verifyReport, type Language, type MessageParams, type VerifyReportLine } from '@binaan/messages';
import type { SkippedRecords } from '@binaan/event-store';

type Say = (line: VerifyReportLine, params?: MessageParams) => string;

export interface VerifyContext {
  readonly store: string;
  readonly auditLogSkipped?: string;
  /** EventStoreDB only: what `$all` held besides Binaan's streams, passed over unchecked. */
  readonly otherRecords?: SkippedRecords;
}

/** On EventStoreDB, what was passed over: other applications' streams, the server's own records, links. */
const otherRecordsLine = (context: VerifyContext, say: Say): readonly string[] => {
  const other = context.otherRecords;
  if (other === undefined) return [];
  return [say('otherRecords', { foreign: other.foreign, foreignStreams: other.foreignStreams, system: other.system, links: other.links })];
};

const auditLine = (report: VerifyReport, context: VerifyContext, say: Say): string => {
  if (report.auditLog === null) return say('auditNotChecked', { reason: context.auditLogSkipped ?? 'not available' });
  const { compared, checkedThrough, notYetProjected } = report.auditLog;
  const through = checkedThrough === null ? say('auditEmpty') : say('auditCovers', { position: String(checkedThrough) });
  const pending = notYetProjected === 0 ? '' : say('auditPending', { count: notYetProjected });
  return say('auditChecked', { compared, through, pending });
};

const anchorLine = (report: VerifyReport, say: Say): string =>
  report.anchor === null
    ? say('anchorNone')
    : say('anchorFound', {
        found: report.anchor.headsFound,
        streams: report.anchor.streams,
        createdAt: report.anchor.createdAt,
        merkleRoot: report.anchor.merkleRoot,
      });

const positionsLine = (report: VerifyReport, say: Say): string => {
  if (report.positionGaps === null) return say('positionsNotChecked');
  if (report.positionGaps.length === 0) return say('positionsNoHole', { last: String(report.lastPosition ?? 0) });
  return say('positionsHoles', { count: report.positionGaps.length, gaps: report.positionGaps.map((gap) => `  ${gap.detail}`).join('\n') });
};

/** What no check here can show: said every time, so that CLEAN is read for what it is. */
export const limitsText = (report: VerifyReport, language: Language = 'en'): string =>
  renderMessage(report.anchor === null ? verifyReport.limitsWithoutAnchor : verifyReport.limitsWithAnchor, language);

/** The report for people, in a language (the JSON form has none); the break table's columns and details stay as the store names them. */
export const renderVerifyText = (report: VerifyReport, context: VerifyContext, language: Language = 'en'): string => {
  const say: Say = (line, params) => renderMessage(verifyReport[line], language, params);
  const lines = [
    say('store', { store: context.store }),
    report.lastPosition === null
      ? say('hashChains', { events: report.events - report.unchained, streams: report.streams })
      : say('hashChainsUpTo', { events: report.events - report.unchained, streams: report.streams, position: String(report.lastPosition) }),
    ...(report.unchained === 0 ? [] : [say('unchained', { count: report.unchained })]),
    auditLine(report, context, say),
    anchorLine(report, say),
    positionsLine(report, say),
    ...otherRecordsLine(context, say),
    limitsText(report, language),
  ];
  if (isClean(report)) {
    const chainsAlone = report.auditLog === null && report.anchor === null ? say('chainsAlone') : '';
    return `${lines.join('\n')}\n${say('resultClean', { chainsAlone })}\n`;
  }
  if (report.breaks.length === 0) return `${lines.join('\n')}\n${say('resultDeleted')}\n`;
  const table = renderTable(
    ['kind', 'stream', 'revision', 'found by', 'position', 'detail'],
    report.breaks.map((found) => [found.kind, found.streamName, Number(found.revision), found.source, found.position === undefined ? null : Number(found.position), found.detail]),
  );
  return `${lines.join('\n')}\n${say('resultBreaks', { count: report.breaks.length })}\n${table}`;
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
