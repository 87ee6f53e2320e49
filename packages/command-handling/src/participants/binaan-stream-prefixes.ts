import { DISCLOSURE_STREAM_PREFIX } from '@binaan/domain';
import { RESERVATION_STREAM_PREFIX } from './enrolment-reservation';

/**
 * The streams a Binaan store writes: `participant-<id>`, `facility-<id>`, `disclosures-<day>` and
 * `enrolment-reservation-<digest>`. In an EventStoreDB cluster shared with other applications,
 * every other stream is theirs: the esdb adapter skips and counts its events (`ownStreamPrefixes`).
 */
export const binaanStreamPrefixes: readonly string[] = ['participant-', 'facility-', DISCLOSURE_STREAM_PREFIX, RESERVATION_STREAM_PREFIX];
