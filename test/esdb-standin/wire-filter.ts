import { ReadReq } from '@eventstore/db-client/generated/streams_pb';
import type { RecordedEvent } from '@binaan/event-store';
import { WireRequestError } from './wire-errors';

/** The search window when the client sends `count` instead of `max` (EventStoreDB's default). */
const DEFAULT_WINDOW = 32;

export interface WireFilter {
  matches(event: RecordedEvent): boolean;
  /** A filtered subscription sends a checkpoint every this many events scanned, matching or not. */
  readonly checkpointInterval: number;
}

const expressionTest = (expression: ReadReq.Options.FilterOptions.Expression): ((value: string) => boolean) => {
  const prefixes = expression.getPrefixList();
  if (prefixes.length > 0) {
    return (value) => prefixes.some((prefix) => value.startsWith(prefix));
  }
  // The server's regexes are .NET ones; the client's own (`^[^$].*`) reads the same in JavaScript.
  const regex = new RegExp(expression.getRegex());
  return (value) => regex.test(value);
};

/** `filter` of a Read request; undefined for `no_filter`. */
export const wireFilterOf = (options: ReadReq.Options): WireFilter | undefined => {
  const filter = options.getFilter();
  if (filter === undefined) {
    return undefined;
  }
  const multiplier = filter.getCheckpointintervalmultiplier();
  if (multiplier <= 0) {
    throw new WireRequestError('filter.checkpointIntervalMultiplier: must be greater than 0');
  }
  const window = filter.getWindowCase() === ReadReq.Options.FilterOptions.WindowCase.MAX ? filter.getMax() : DEFAULT_WINDOW;
  const onStreams = filter.getFilterCase() === ReadReq.Options.FilterOptions.FilterCase.STREAM_IDENTIFIER;
  const expression = onStreams ? filter.getStreamIdentifier() : filter.getEventType();
  const test = expression === undefined ? () => true : expressionTest(expression);
  return {
    matches: (event) => test(onStreams ? event.streamName : event.type),
    checkpointInterval: window * multiplier,
  };
};
