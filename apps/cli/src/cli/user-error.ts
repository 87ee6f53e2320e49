/**
 * A mistake the user can fix (a bad date, a missing store, an unknown participant).
 * It is printed as one line, with what to do next, and ends the command with exit code 2.
 */
export class UserError extends Error {
  constructor(
    readonly problem: string,
    readonly nextStep: string,
  ) {
    super(`${problem}. ${nextStep}`);
    this.name = 'UserError';
  }
}
