import type * as t from 'io-ts';
import { oneOf } from '../codecs/one-of';

/**
 * The entries a void may undo. An enrolment is cancelled instead (EnrolmentCancelled), a correction
 * is corrected again, and neither a void nor a privacy act can be voided.
 */
export const voidableEventTypes = [
  'ModuleCompleted',
  'InmateReleased',
  'FollowUpLogged',
  'ParticipantExited',
  'ParticipantTransferred',
  'ReturnedToCustody',
] as const;
export const VoidableEventType = oneOf('VoidableEventType', voidableEventTypes);
export type VoidableEventType = t.TypeOf<typeof VoidableEventType>;

export const isVoidableEventType = (type: string): type is VoidableEventType => (voidableEventTypes as readonly string[]).includes(type);
