import * as E from 'fp-ts/Either';
import type { DecodeError } from '../decoding/decode-error';
import { isCurrentEventData } from './current-event-data';
import type { ParticipantEvent, ParticipantEventType } from './participant-event';
import { upcastEvent } from './upcast-event';

/**
 * A stored participant event as the current `ParticipantEvent`. Data at the current schema version
 * is taken as it is once the codecs' `is` accepts it (no decoded copy: readers such as a projection
 * rebuild see every event); any other version goes through `upcastEvent`, which also says why data fails.
 */
export const readParticipantEvent = (type: ParticipantEventType, data: unknown): E.Either<DecodeError, ParticipantEvent> =>
  isCurrentEventData(type, data) ? E.right({ type, data } as ParticipantEvent) : upcastEvent(type, data);
