import * as t from 'io-ts';
import { oneOf } from '../codecs/one-of';

export const contactChannels = ['visit', 'phone', 'message', 'other'] as const;
export const ContactChannel = oneOf('ContactChannel', contactChannels);
export type ContactChannel = t.TypeOf<typeof ContactChannel>;

export const contactOutcomes = ['reached', 'declined', 'not_reached'] as const;
export const ContactOutcome = oneOf('ContactOutcome', contactOutcomes);
export type ContactOutcome = t.TypeOf<typeof ContactOutcome>;

export const notReachedReasons = ['no_answer', 'wrong_contact', 'moved', 'refused_by_family', 'other'] as const;
export const NotReachedReason = oneOf('NotReachedReason', notReachedReasons);
export type NotReachedReason = t.TypeOf<typeof NotReachedReason>;

/** Codes shared by needs and referrals. */
export const supportCodes = [
  'capital',
  'equipment',
  'training',
  'market_access',
  'documents',
  'housing',
  'health',
  'other',
] as const;
export const SupportCode = oneOf('SupportCode', supportCodes);
export type SupportCode = t.TypeOf<typeof SupportCode>;
