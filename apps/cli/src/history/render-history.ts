import type { AsOf, HistoryEntry, ParticipantHistory } from '@binaan/projections';
import { toJson } from '../output/json';
import { renderTable } from '../output/table';
import { personalDataLine } from './personal-data-line';
import { summariseState } from './state-summary';

const DAY_MS = 86_400_000;

/** The table is read in a terminal: no line is longer than this. */
export const HISTORY_WIDTH = 120;

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

/** To the minute, UTC: the second and millisecond are in --format json. */
const recordedMinute = (recordedAt: string | null): string | null => (recordedAt === null ? null : recordedAt.slice(0, 16).replace('T', ' '));

const fit = (line: string): string => (line.length <= HISTORY_WIDTH ? line : `${line.slice(0, HISTORY_WIDTH - 1)}…`);

const SAID_INDENT = '       ';

/** Parts joined by "; ", broken between parts so that no line is longer than the table. */
const wrapParts = (first: string, parts: readonly string[]): readonly string[] => {
  const lines: string[] = [];
  let line = first;
  for (const [index, part] of parts.entries()) {
    const joined = index === 0 ? `${line}${part}` : `${line}; ${part}`;
    if (index > 0 && joined.length > HISTORY_WIDTH) {
      lines.push(`${line};`);
      line = `${SAID_INDENT}   ${part}`;
    } else {
      line = joined;
    }
  }
  return [...lines, line];
};

/** What the event said and the state it left, on one line when they fit, else the state below, broken between its parts. */
const saidAndState = (said: string | undefined, state: string): readonly string[] => {
  const oneLine = `${SAID_INDENT}${said === undefined ? '' : `${said} => `}${state}`;
  if (oneLine.length <= HISTORY_WIDTH) return [oneLine];
  return [...(said === undefined ? [] : [`${SAID_INDENT}${said}`]), ...wrapParts(`${SAID_INDENT}=> `, state.split('; '))];
};

/**
 * One row per event (revision, type, business date, recorded minute, days late, who), and under
 * it what the event said and the state it left. Command ids and full hashes are in --format json.
 */
export const renderHistoryTable = (history: ParticipantHistory, asOf: AsOf, sayings: ReadonlyMap<bigint, string> = new Map()): string => {
  const header = `Participant ${history.participantId}, ${axesLine(asOf)}\nStream ${history.streamName}\n` + personalDataLine(history.entries.at(-1)?.stateAfter);
  const hiddenNote =
    history.hidden > 0 ? `${history.hidden} later event(s) of this stream are left out by --as-of/--known-at.\n` : '';
  if (history.entries.length === 0) {
    return `${header}No events of this participant ${asOf.businessDate === undefined && asOf.recordedAt === undefined ? 'were recorded' : 'fall within these dates'}.\n${hiddenNote}`;
  }
  const [heading, rule, ...rows] = renderTable(
    ['rev', 'event', 'date', 'recorded (UTC)', 'late d', 'actor (role)'],
    history.entries.map((entry) => [
      Number(entry.revision),
      entry.type,
      entry.businessDate,
      recordedMinute(entry.recordedAt),
      recordingDelayDays(entry),
      `${entry.actor.id ?? '-'} (${entry.actor.role ?? '-'})`,
    ]),
  )
    .trimEnd()
    .split('\n');
  const lines = [
    heading ?? '',
    rule ?? '',
    ...history.entries.flatMap((entry, index) => [rows[index] ?? '', ...saidAndState(sayings.get(entry.revision), summariseState(entry.stateAfter))]),
  ];
  return `${header}${lines.map(fit).join('\n')}\n${hiddenNote}Command ids, full hashes and states: --format json\n`;
};

export const renderHistoryJson = (history: ParticipantHistory, asOf: AsOf, sayings: ReadonlyMap<bigint, string> = new Map()): string =>
  toJson({
    participantId: history.participantId,
    streamName: history.streamName,
    asOf: { businessDate: asOf.businessDate ?? null, knownAt: asOf.recordedAt ?? null },
    hiddenByDates: history.hidden,
    events: history.entries.map((entry) => ({ ...entry, said: sayings.get(entry.revision) ?? null, recordingDelayDays: recordingDelayDays(entry) })),
  }) + '\n';
