import { InvalidAppendError, InvalidArgumentError } from '../port/errors';
import { MAX_APPEND_BYTES, validateStreamName } from '../port/limits';
import { anyJsonEvent, type EventSchema } from '../port/schema';
import type { AppendOptions, ExpectedRevision } from '../port/options';
import type { ProposedEvent } from '../port/events';
import { canonicalJson } from '@binaan/canonical-json';
import { checkJsonObject, isPlainObject } from './json-payload';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The text an adapter stores: canonical JSON (keys sorted, @binaan/canonical-json) so that a
 * verifier can hash stored rows without parsing them; plain JSON.stringify for the rare value the
 * canonical encoding refuses but JSON accepts (a string with an unpaired surrogate).
 */
const storedJson = (value: unknown): string => {
  try {
    return canonicalJson(value);
  } catch {
    return JSON.stringify(value);
  }
};

/** An event that passed every check, with its JSON already serialised for the adapter to store. */
export interface ValidatedEvent {
  /** Lower-cased, as EventStoreDB returns ids. */
  readonly id: string;
  readonly type: string;
  readonly dataJson: string;
  readonly metadataJson: string;
}

export interface ValidatedAppend {
  readonly streamName: string;
  readonly expectedRevision: ExpectedRevision;
  readonly events: readonly ValidatedEvent[];
}

/** Appends refuse with InvalidAppendError, deletes with the InvalidArgumentError it extends. */
export const validateExpectedRevision = (
  value: unknown,
  field: string,
  Refusal: typeof InvalidArgumentError = InvalidAppendError,
): ExpectedRevision => {
  if (value === undefined) return 'any';
  if (value === 'any' || value === 'no_stream' || value === 'stream_exists') return value;
  if (typeof value === 'bigint' && value >= 0n) return value;
  throw new Refusal(field, 'must be "any", "no_stream", "stream_exists" or a non-negative bigint');
};

const validateEvent = (event: unknown, field: string, schema: EventSchema): ValidatedEvent => {
  if (!isPlainObject(event)) throw new InvalidAppendError(field, 'must be an object');
  const { id, type, data, metadata } = event;
  if (typeof id !== 'string' || !UUID.test(id)) throw new InvalidAppendError(`${field}.id`, 'must be a UUID');
  if (typeof type !== 'string' || type.length === 0) {
    throw new InvalidAppendError(`${field}.type`, 'must be a non-empty string');
  }
  if (type.startsWith('$')) throw new InvalidAppendError(`${field}.type`, 'types starting with "$" are reserved');
  checkJsonObject(data, `${field}.data`);
  if (metadata !== undefined) checkJsonObject(metadata, `${field}.metadata`);
  schema.check(event as unknown as ProposedEvent);
  return {
    id: id.toLowerCase(),
    type,
    dataJson: storedJson(data),
    metadataJson: metadata === undefined ? '{}' : storedJson(metadata),
  };
};

/** The UTF-8 bytes an event counts against MAX_APPEND_BYTES: its data and metadata JSON and its type. */
export const appendBytes = (event: ValidatedEvent): number =>
  Buffer.byteLength(event.dataJson) + Buffer.byteLength(event.metadataJson) + Buffer.byteLength(event.type);

/** Every check an append must pass before anything is written; throws InvalidAppendError naming the field. */
export const validateAppend = (
  streamName: unknown,
  events: unknown,
  options: AppendOptions | undefined,
  schema: EventSchema = anyJsonEvent,
): ValidatedAppend => {
  const name = validateStreamName(streamName);
  const expectedRevision = validateExpectedRevision(options?.expectedRevision, 'options.expectedRevision');
  if (!Array.isArray(events) || events.length === 0) {
    throw new InvalidAppendError('events', 'must be a non-empty array');
  }
  let totalBytes = 0;
  const validated = events.map((event, index) => {
    const checked = validateEvent(event, `events[${index}]`, schema);
    totalBytes += appendBytes(checked);
    if (totalBytes > MAX_APPEND_BYTES) {
      throw new InvalidAppendError('events', `the append's JSON (data + metadata + type) exceeds ${MAX_APPEND_BYTES} bytes`);
    }
    return checked;
  });
  return { streamName: name, expectedRevision, events: validated };
};
