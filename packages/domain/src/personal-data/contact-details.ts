import * as t from 'io-ts';
import { boundedString } from '../codecs/bounded-string';
import { oneOf } from '../codecs/one-of';
import { refinedString } from '../codecs/refined-string';
import { struct } from '../codecs/struct';

/** A phone number as Indonesians write it: digits with spaces, dashes or a leading +, 8 to 15 digits. */
const PhoneNumber = refinedString<string>('PhoneNumber', (candidate) => {
  if (!/^\+?[0-9][0-9 -]*$/.test(candidate)) return 'must be a phone number: digits, spaces and dashes, optionally a leading +';
  const digits = candidate.replace(/[^0-9]/g, '').length;
  return digits < 8 || digits > 15 ? `must have 8 to 15 digits, got ${digits}` : undefined;
});

export const contactChannelsPreferred = ['phone', 'whatsapp', 'sms', 'visit', 'family'] as const;
export const PreferredChannel = oneOf('PreferredChannel', contactChannelsPreferred);

const FamilyContact = struct('FamilyContact', 'reject', {
  name: boundedString('FamilyContactName', 1, 200),
  relationship: boundedString('Relationship', 1, 60),
  phone: PhoneNumber,
});

/**
 * How to reach a person after release, in clear: what the case worker needs for follow-up. It exists
 * only in commands; events carry it sealed, and only her facility's case workers and registrars see it.
 */
export const ContactDetails = struct(
  'ContactDetails',
  'reject',
  {},
  {
    phone: PhoneNumber,
    addressAfterRelease: boundedString('Address', 1, 500, { multiline: true }),
    familyContact: FamilyContact,
    preferredChannel: PreferredChannel,
  },
);
export type ContactDetails = t.TypeOf<typeof ContactDetails>;
