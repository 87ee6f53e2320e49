import type { ProposedEvent, RecordedEvent } from './events';

/**
 * What an adapter knows of the events it stores. `check` runs before a write and throws
 * InvalidAppendError for an unknown type or data that does not decode; `upcast` runs on every
 * read and brings an older schema version up to the current one.
 */
export interface EventSchema {
  check(event: ProposedEvent): void;
  upcast(event: RecordedEvent): RecordedEvent;
}

/** For generic use and the conformance suite: any JSON event is accepted as it is. */
export const anyJsonEvent: EventSchema = {
  check: () => undefined,
  upcast: (event) => event,
};
