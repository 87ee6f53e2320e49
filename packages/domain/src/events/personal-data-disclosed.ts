import * as t from 'io-ts';
import { boundedString } from '../codecs/bounded-string';
import { struct } from '../codecs/struct';
import { businessDateAt } from '../dates/business-date';
import { ParticipantId } from '../ids/uuid-ids';

/**
 * Someone was shown personal data: who (the actor in the metadata), about whom (participant ids
 * only), for what (the route or command that disclosed it). The record of processing UU PDP asks a
 * controller to keep; it holds no personal data of the participants itself.
 */
export const PersonalDataDisclosedData = struct('PersonalDataDisclosedData', 'strip', {
  schemaVersion: t.literal(1),
  participantIds: t.readonlyArray(ParticipantId),
  purpose: boundedString('Purpose', 1, 200),
});
export type PersonalDataDisclosedData = t.TypeOf<typeof PersonalDataDisclosedData>;

export const PERSONAL_DATA_DISCLOSED = 'PersonalDataDisclosed';
export const DISCLOSURE_STREAM_PREFIX = 'disclosures-';

/** Disclosures go to one stream per business day, each hash-chained like any stream. */
export const disclosureStreamName = (at: Date): string => `${DISCLOSURE_STREAM_PREFIX}${businessDateAt(at)}`;
