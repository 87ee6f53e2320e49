/** A value from outside broke a rule: `field` names the input, `rule` says what it must be. */
export class AccountInputError extends Error {
  readonly code = 'ACCOUNT_INPUT_INVALID';
  constructor(
    readonly field: string,
    readonly rule: string,
  ) {
    super(`${field} ${rule}`);
    this.name = 'AccountInputError';
  }
}

export class AccountExistsError extends Error {
  readonly code = 'ACCOUNT_EXISTS';
  constructor(readonly accountId: string) {
    super(`an account "${accountId}" already exists`);
    this.name = 'AccountExistsError';
  }
}

export class AccountNotFoundError extends Error {
  readonly code = 'ACCOUNT_NOT_FOUND';
  constructor(readonly accountId: string) {
    super(`there is no account "${accountId}"`);
    this.name = 'AccountNotFoundError';
  }
}
