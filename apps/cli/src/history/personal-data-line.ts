import type { ParticipantState } from '@binaan/domain';

/**
 * What the history can say of her personal data without opening it: `[erased]` in place of her name
 * once it was erased. The history never shows personal data itself; `binaan subject-report` does,
 * and records that it did.
 */
export const personalDataLine = (state: ParticipantState | undefined): string =>
  state?.status === 'enrolled' && state.erasedOn !== null
    ? `Name: [erased] (personal data erased on ${state.erasedOn}; the history keeps the anonymous record)\n`
    : '';
