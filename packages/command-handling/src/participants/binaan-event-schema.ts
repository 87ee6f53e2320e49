import {
  currentSchemaVersions,
  decodeWith,
  FACILITY_EVENT_TYPES,
  FacilityPopulationRecordedData,
  participantEventTypes,
  PERSONAL_DATA_DISCLOSED,
  PersonalDataDisclosedData,
  ENROLMENT_RESERVED,
  EnrolmentReservedData,
  encodeParticipantEvent,
  formatDecodeError,
  isCurrentEventData,
  isParticipantEventType,
  upcastEvent,
} from '@binaan/domain';
import * as E from 'fp-ts/Either';
import { InvalidAppendError } from '@binaan/event-store';
import type { EventSchema } from '@binaan/event-store';
import type { JsonObject } from '@binaan/canonical-json';
import type { ProposedEvent, RecordedEvent } from '@binaan/event-store';

const checkParticipantEvent = (event: ProposedEvent): void => {
  const decoded = upcastEvent(event.type, event.data);
  if (E.isLeft(decoded)) throw new InvalidAppendError(`data (${event.type})`, formatDecodeError(decoded.left));
  const expectedVersion = currentSchemaVersions[decoded.right.type];
  if (event.data['schemaVersion'] !== expectedVersion) {
    throw new InvalidAppendError(`data.schemaVersion (${event.type})`, `new events must be written at version ${expectedVersion}`);
  }
};

const writableTypes = [...participantEventTypes, ENROLMENT_RESERVED, ...FACILITY_EVENT_TYPES, PERSONAL_DATA_DISCLOSED].join(', ');

/**
 * The event schema of a Binaan store: only the participant events, enrolment reservations and
 * facility population counts are written, always at their current schema version; reads bring older
 * versions up to date.
 */
export const binaanEventSchema: EventSchema = {
  check: (event) => {
    if (event.type === ENROLMENT_RESERVED) {
      if (!EnrolmentReservedData.is(event.data)) throw new InvalidAppendError('data (EnrolmentReserved)', 'must be { schemaVersion: 1, participantId }');
      return;
    }
    if (event.type === PERSONAL_DATA_DISCLOSED) {
      const decoded = decodeWith(PersonalDataDisclosedData)(event.data);
      if (E.isLeft(decoded)) throw new InvalidAppendError('data (PersonalDataDisclosed)', formatDecodeError(decoded.left));
      return;
    }
    if (event.type === 'FacilityPopulationRecorded') {
      const decoded = decodeWith(FacilityPopulationRecordedData)(event.data);
      if (E.isLeft(decoded)) throw new InvalidAppendError('data (FacilityPopulationRecorded)', formatDecodeError(decoded.left));
      return;
    }
    if (!isParticipantEventType(event.type)) {
      throw new InvalidAppendError('type', `unknown event type; must be one of ${writableTypes}`);
    }
    // Every event a command writes passes this check, which builds nothing; decoding says why one fails.
    if (!isCurrentEventData(event.type, event.data)) checkParticipantEvent(event);
  },
  upcast: (event: RecordedEvent): RecordedEvent => {
    if (!isParticipantEventType(event.type) || event.data['schemaVersion'] === currentSchemaVersions[event.type]) return event;
    const decoded = upcastEvent(event.type, event.data);
    if (E.isLeft(decoded)) return event;
    return { ...event, data: encodeParticipantEvent(decoded.right).data as JsonObject };
  },
};
