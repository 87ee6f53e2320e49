import { ApiProblem, NetworkError } from './api.js';

/** The problem to show on a form: the API's own, or one that says the network failed. Anything else is a bug and is thrown. */
export const problemOrThrow = (error) => {
  if (error instanceof ApiProblem) return error;
  if (error instanceof NetworkError) return { code: 'NETWORK', detail: '', errors: [] };
  throw error;
};
