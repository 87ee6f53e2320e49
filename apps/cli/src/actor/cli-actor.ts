import type { Actor } from '@binaan/domain';

/** Names who acts at the command line, in what is recorded (commands, disclosures); it holds no personal data of participants. */
export const ACTOR_VARIABLE = 'BINAAN_ACTOR';

/**
 * Who the CLI records as the actor of what it writes (an erasure, a disclosure): BINAAN_ACTOR when
 * set, else `cli:` and the login name. The CLI is run by whoever holds the data folder and its
 * master key, the supervisor's role, so it acts as an admin.
 */
export const cliActor = (env: Readonly<Record<string, string | undefined>>): Actor => {
  const named = env[ACTOR_VARIABLE]?.trim();
  const login = env['USER'] ?? env['LOGNAME'] ?? env['USERNAME'];
  return { id: named !== undefined && named !== '' ? named : `cli:${login ?? 'unknown'}`, role: 'admin' };
};
