import type { Account, AccountChange, AccountScope } from '@binaan/accounts';

const scopeText = (scope: AccountScope): string =>
  scope.facilities === 'all' && scope.programmes === 'all'
    ? 'national'
    : [
        scope.facilities === 'all' ? undefined : `facilities: ${scope.facilities.join(', ')}`,
        scope.programmes === 'all' ? undefined : `programmes: ${scope.programmes.join(', ')}`,
      ]
        .filter((part) => part !== undefined)
        .join('; ');

const statusText = (account: Account): string => [account.disabled ? 'disabled' : 'active', ...(account.external ? ['external'] : [])].join(', ');

/** One account a line: username, role, status, scope, name. Never the hash. */
export const renderAccountTable = (accounts: readonly Account[]): string => {
  const rows = [['USERNAME', 'ROLE', 'STATUS', 'SCOPE', 'NAME'], ...accounts.map((a) => [a.id, a.role, statusText(a), scopeText(a.scope), a.displayName])];
  const widths = [0, 1, 2, 3].map((column) => Math.max(...rows.map((row) => (row[column] ?? '').length)));
  return rows.map((row) => row.map((cell, column) => (column < 4 ? cell.padEnd(widths[column] ?? 0) : cell)).join('  ').trimEnd()).join('\n') + '\n';
};

export const accountJson = (account: Account) => ({
  id: account.id,
  displayName: account.displayName,
  role: account.role,
  scope: account.scope,
  disabled: account.disabled,
  external: account.external,
  createdAt: account.createdAt.toISOString(),
});

export const renderChanges = (changes: readonly AccountChange[]): string =>
  changes
    .map((change) => `${change.changedAt.toISOString()}  ${change.accountId}  ${change.kind}  by ${change.changedBy}${Object.keys(change.details).length === 0 ? '' : `  ${JSON.stringify(change.details)}`}`)
    .join('\n') + (changes.length === 0 ? '' : '\n');
