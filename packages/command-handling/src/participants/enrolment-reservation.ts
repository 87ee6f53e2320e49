import { createHmac } from 'node:crypto';
import { registrationKey } from '@binaan/domain';

export const RESERVATION_STREAM_PREFIX = 'enrolment-reservation-';

export interface ReservationClaim {
  readonly facilityId: string;
  readonly registrationNumber: string;
  readonly programmeId: string;
}

/**
 * One person holds one enrolment per programme. The reservation stream's name is an HMAC of the
 * facility, the registration number and the programme, so it carries no personal data and cannot be
 * reversed without the key.
 */
export const reservationStreamName = (hmacKey: Uint8Array, claim: ReservationClaim): string => {
  const digest = createHmac('sha256', hmacKey)
    .update(JSON.stringify([claim.facilityId, registrationKey(claim.registrationNumber), claim.programmeId]))
    .digest('hex');
  return `${RESERVATION_STREAM_PREFIX}${digest}`;
};
