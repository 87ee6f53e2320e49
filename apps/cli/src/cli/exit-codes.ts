/** What the process exit code tells a script that runs `binaan`. */
export const ExitCode = {
  ok: 0,
  tamperingFound: 1,
  couldNotRun: 2,
} as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];
