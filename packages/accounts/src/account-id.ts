/**
 * An account id is the login name: lowercase, 3 to 64 characters of `a-z 0-9 . _ -`, starting with a
 * letter or digit. It never changes, because it is the actor id written into event metadata.
 */
export const ACCOUNT_ID_RULE = 'must be 3 to 64 characters of a-z, 0-9, ".", "_" or "-", starting with a letter or digit';

const accountIdPattern = /^[a-z0-9][a-z0-9._-]{2,63}$/;

export const isAccountId = (candidate: unknown): candidate is string => typeof candidate === 'string' && accountIdPattern.test(candidate);
