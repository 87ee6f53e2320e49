import * as t from 'io-ts';
import { refinedString } from '../codecs/refined-string';

interface ParticipantIdBrand {
  readonly ParticipantId: unique symbol;
}
interface CommandIdBrand {
  readonly CommandId: unique symbol;
}

/** Assigned at enrolment, never derived from personal data. */
export type ParticipantId = string & ParticipantIdBrand;
/** Names one command; repeated commands with the same id write nothing new. */
export type CommandId = string & CommandIdBrand;

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

const brokenUuidRule = (candidate: string): string | undefined =>
  uuidPattern.test(candidate) ? undefined : 'must be a lower-case UUID (8-4-4-4-12 hex digits)';

export const ParticipantId: t.Type<ParticipantId, string, unknown> = refinedString<ParticipantId>(
  'ParticipantId',
  brokenUuidRule,
);

export const CommandId: t.Type<CommandId, string, unknown> = refinedString<CommandId>('CommandId', brokenUuidRule);

export const participantStreamName = (participantId: ParticipantId): string => `participant-${participantId}`;

interface EventIdBrand {
  readonly EventId: unique symbol;
}

/** An event's id: derived from the command that wrote it, so a retried command writes the same ids. */
export type EventId = string & EventIdBrand;

export const EventId: t.Type<EventId, string, unknown> = refinedString<EventId>('EventId', brokenUuidRule);
