import { ENROLMENT_RESERVED } from '@binaan/domain';
import { storedHashOf, type StoredEvent } from './stored-event';

/**
 * Command handling writes enrolment reservations without `prevHash`/`hash` (see the report of
 * `binaan verify`): such an event cannot be checked by a chain. It is counted and named as
 * uncovered rather than called modified; any other event without a hash is a break.
 */
export const isUnchainedReservation = (event: StoredEvent): boolean =>
  event.type === ENROLMENT_RESERVED && storedHashOf(event) === undefined && event.metadata['prevHash'] === undefined;
