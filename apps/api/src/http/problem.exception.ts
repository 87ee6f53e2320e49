import type { Problem } from './problem';

/** Carries a finished problem detail from anywhere in a request to the problem filter. */
export class ProblemException extends Error {
  constructor(readonly problem: Problem) {
    super(`${problem.status} ${problem.code}`);
    this.name = 'ProblemException';
  }
}
