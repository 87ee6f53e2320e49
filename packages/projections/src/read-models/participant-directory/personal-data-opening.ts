import type { PersonalDataCarrier } from './participant-directory';

/**
 * What opening a sealed copy gave: the data, `erased` when her data key was deleted (UU PDP), or
 * another status that names why it could not be opened.
 */
export type PersonalDataOpening =
  | { readonly status: 'ok'; readonly data: unknown }
  | { readonly status: 'erased' }
  | { readonly status: Exclude<string, 'ok' | 'erased'>; readonly reason?: string };

/**
 * Opens one sealed copy, bound to the type of the event that carried it: the vault's `open` (from
 * @binaan/personal-data), injected, so projections never hold keys.
 */
export type OpenSealedPersonalData = (envelope: unknown, purpose: PersonalDataCarrier) => Promise<PersonalDataOpening>;
