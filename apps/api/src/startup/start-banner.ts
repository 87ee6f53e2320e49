import type { Role } from '../auth/role';

export interface BannerFacts {
  readonly url: string;
  readonly dataDir: string;
  readonly eventStore: string;
  readonly readModels: string;
  readonly projections: string;
  readonly seeded: { readonly participants: number; readonly commands: number } | undefined;
  readonly tokens: ReadonlyMap<Role, string>;
}

const roleNotes: Readonly<Record<Role, string>> = {
  registrar: 'enrols; records releases, exits, transfers; voids own entries',
  assessor: 'records module assessments; voids own ones',
  caseworker: 'logs follow-up contacts and contact details; voids own ones',
  auditor: 'reads history and the audit log, writes nothing',
  viewer: 'reads outcomes and worklist counts only',
  admin: 'everything, erasure included',
};

/** What a person needs after `npm start`: where to go, and a token for each role. */
export const startBanner = (facts: BannerFacts): string => {
  const row = (label: string, value: string): string => `  ${label.padEnd(12)} ${value}`;
  const lines = [
    '',
    'Binaan is running.',
    '',
    row('Dashboard', `${facts.url}/?token=${facts.tokens.get('viewer') ?? ''}`),
    row('API docs', `${facts.url}/docs`),
    row('Health', `${facts.url}/health   (metrics: ${facts.url}/metrics)`),
    '',
    row('Data', facts.dataDir),
    row('Events', facts.eventStore),
    row('Read models', `${facts.readModels}; projections ${facts.projections}`),
    ...(facts.seeded === undefined
      ? []
      : [row('Demo data', `seeded ${facts.seeded.participants} synthetic participants (${facts.seeded.commands} commands)`)]),
    '',
    'Tokens (valid 30 days; send as "Authorization: Bearer <token>"):',
    ...[...facts.tokens].flatMap(([role, token]) => [`  ${role.padEnd(10)} ${roleNotes[role]}`, `             ${token}`]),
    '',
    `Try: curl -H "Authorization: Bearer <viewer token>" ${facts.url}/outcomes`,
    'Stop with Ctrl+C (commands in flight finish, checkpoints are stored).',
    '',
  ];
  return lines.join('\n');
};
