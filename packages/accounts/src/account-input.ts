import { ACCOUNT_ID_RULE, isAccountId } from './account-id';
import { SCOPE_ID_RULE, isScopeId, type AccountScope } from './account-scope';
import { AccountInputError } from './errors';
import { isRole, roles, type Role } from './role';

export const DISPLAY_NAME_RULE = 'must be 1 to 200 characters, without control characters';

/** The checks on what an administrator types; each throws AccountInputError naming the field and its rule. */
export const checkedAccountId = (id: unknown, field = 'id'): string => {
  if (!isAccountId(id)) throw new AccountInputError(field, ACCOUNT_ID_RULE);
  return id;
};

export const checkedDisplayName = (name: unknown, field = 'displayName'): string => {
  const text = typeof name === 'string' ? name.trim().normalize('NFC') : '';
  // eslint-disable-next-line no-control-regex
  if (text.length < 1 || [...text].length > 200 || /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/.test(text)) {
    throw new AccountInputError(field, DISPLAY_NAME_RULE);
  }
  return text;
};

export const checkedRole = (role: unknown, field = 'role'): Role => {
  if (!isRole(role)) throw new AccountInputError(field, `must be one of ${roles.join(', ')}`);
  return role;
};

const checkedIds = (ids: 'all' | readonly unknown[], field: string): 'all' | readonly string[] => {
  if (ids === 'all') return 'all';
  // An empty list is allowed: an account that may work nowhere (yet) sees nothing.
  if (ids.length > 1000) throw new AccountInputError(field, 'must name at most 1000 ids');
  ids.forEach((id, index) => {
    if (!isScopeId(id)) throw new AccountInputError(`${field}[${index}]`, SCOPE_ID_RULE);
  });
  return [...new Set(ids as readonly string[])].sort();
};

export const checkedScope = (scope: { readonly facilities: 'all' | readonly unknown[]; readonly programmes: 'all' | readonly unknown[] }): AccountScope => ({
  facilities: checkedIds(scope.facilities, 'facilities'),
  programmes: checkedIds(scope.programmes, 'programmes'),
});
