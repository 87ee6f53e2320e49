import type { AsOf, HistoryEntry, ParticipantHistory } from '@binaan/projections';
import { toJson } from '../output/json';
import { renderTable } from '../output/table';
import { personalDataLine } from './personal-data-line';
import { summariseState } from './state-summary';

const DAY_MS = 86_400_000;

/** Days between the business date and the day it was recorded (Asia/Jakarta): how late it was written down. */
export const recordingDelayDays = (entry: Pick<HistoryEntry, 'businessDate' | 'recordedAt'>): number | null =>
  entry.businessDate === null || entry.recordedAt === null
    ? null
    : Math.floor((Date.parse(entry.recordedAt) - Date.parse(`${entry.businessDate}T00:00:00+07:00`)) / DAY_MS);

const axesLine = (asOf: AsOf): string => {
  const axes = [
    ...(asOf.businessDate === undefined ? [] : [`as of business date ${asOf.businessDate}`]),
    ...(asOf.recordedAt === undefined ? [] : [`as known at ${asOf.recordedAt}`]),
  ];
  return axes.length === 0 ? 'everything recorded' : axes.join(', ');
};

export const renderHistoryTable = (history: ParticipantHistory, asOf: AsOf): string => {
  const header =
    `Participant ${history.participantId} (stream ${history.streamName}), ${axesLine(asOf)}\n` + personalDataLine(history.entries.at(-1)?.stateAfter);
  const hiddenNote =
    history.hidden > 0 ? `${history.hidden} later event(s) of this stream are left out by --as-of/--known-at.\n` : '';
  if (history.entries.length === 0) {
    return `${header}No events of this participant ${asOf.businessDate === undefined && asOf.recordedAt === undefined ? 'were recorded' : 'fall within these dates'}.\n${hiddenNote}`;
  }
  const table = renderTable(
    ['rev', 'event', 'business date', 'recorded at (UTC)', 'delay d', 'actor', 'role', 'command id', 'hash', 'state after'],
    history.entries.map((entry) => [
      Number(entry.revision),
      entry.type,
      entry.businessDate,
      entry.recordedAt,
      recordingDelayDays(entry),
      entry.actor.id,
      entry.actor.role,
      entry.commandId,
      entry.hash === null ? null : `${entry.hash.slice(0, 16)}…`,
      summariseState(entry.stateAfter),
    ]),
  );
  return `${header}${table}${hiddenNote}Full hashes and states: --format json\n`;
};

export const renderHistoryJson = (history: ParticipantHistory, asOf: AsOf): string =>
  toJson({
    participantId: history.participantId,
    streamName: history.streamName,
    asOf: { businessDate: asOf.businessDate ?? null, knownAt: asOf.recordedAt ?? null },
    hiddenByDates: history.hidden,
    events: history.entries.map((entry) => ({ ...entry, recordingDelayDays: recordingDelayDays(entry) })),
  }) + '\n';
