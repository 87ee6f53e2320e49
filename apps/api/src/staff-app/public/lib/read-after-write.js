// The read models follow the record within moments. After a command, the next screen reads until it
// sees what the command changed (or gives up after a few seconds and shows what there is).
import { ApiProblem, get } from './api.js';

let expectation;

/** `check(reply)` is true once the read shows the write. */
export const expectAfterWrite = (check) => {
  expectation = check;
};

const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export const getAfterWrite = async (path, attempts = 20) => {
  const check = expectation;
  expectation = undefined;
  for (let attempt = 1; ; attempt += 1) {
    try {
      const reply = await get(path);
      if (check === undefined || check(reply) || attempt >= attempts) return reply;
    } catch (error) {
      // A participant enrolled a moment ago may not be readable yet.
      if (!(error instanceof ApiProblem && error.status === 404 && check !== undefined && attempt < attempts)) throw error;
    }
    await pause(250);
  }
};
