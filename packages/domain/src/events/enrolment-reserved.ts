import * as t from 'io-ts';

/**
 * The claim that makes "one enrolment per person and programme" hold across participant streams.
 * It lives in a stream of its own, named by a keyed hash of the person's registration, so it holds no
 * personal data; command handling appends it with the enrolment.
 */
export const ENROLMENT_RESERVED = 'EnrolmentReserved';

export const EnrolmentReservedData = t.strict({ schemaVersion: t.literal(1), participantId: t.string }, 'EnrolmentReserved');
export type EnrolmentReservedData = t.TypeOf<typeof EnrolmentReservedData>;
