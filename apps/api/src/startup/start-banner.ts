import type { Role } from '../auth/role';
import type { DemoSignIn } from './demo-accounts';
import type { LatestAnchor } from './latest-anchor';

export interface BannerFacts {
  readonly url: string;
  readonly dataDir: string;
  readonly eventStore: string;
  readonly readModels: string;
  readonly projections: string;
  readonly seeded: { readonly participants: number; readonly commands: number } | undefined;
  /** The demo accounts' sign-ins, when this data folder holds the demo data; never printed otherwise. */
  readonly demoSignIns: readonly DemoSignIn[] | undefined;
  /** The CLI options that name this store, e.g. `--store sqlite:./data`. */
  readonly storeOptions: string;
  /** Where anchors are kept (BINAAN_ANCHOR_DIR), and the newest found there. */
  readonly anchors: { readonly folder: string | undefined; readonly latest: LatestAnchor | undefined };
}

/** Where the newest anchor is, and how to take one: what the hash chains alone cannot prove needs one. */
const anchorLines = (facts: BannerFacts, row: (label: string, value: string) => string): readonly string[] => {
  const { folder, latest } = facts.anchors;
  const where =
    folder === undefined
      ? 'none known (set BINAAN_ANCHOR_DIR to the folder where you keep them)'
      : latest === undefined
        ? `none yet in ${folder}`
        : `${latest.file} (taken ${latest.createdAt}, through position ${latest.lastPosition})`;
  const target = folder === undefined ? 'anchor-<date>.json' : `${folder}/anchor-<date>.json`;
  return [
    row('Anchor', where),
    row('', `take one: npx binaan anchor ${facts.storeOptions} --out ${target}, and keep a copy off this machine`),
    row('', `check: npx binaan verify ${facts.storeOptions} --anchor <file>`),
  ];
};

const roleNotes: Readonly<Record<Role, string>> = {
  registrar: 'enrols; records releases, exits, transfers; voids own entries',
  assessor: 'records module assessments; voids own ones',
  caseworker: 'logs follow-up contacts and contact details; voids own ones',
  auditor: 'reads history and the audit log, writes nothing',
  viewer: 'reads outcomes and worklist counts only',
  admin: 'everything, erasure included',
};

const signInLines = (facts: BannerFacts): readonly string[] =>
  facts.demoSignIns === undefined || facts.demoSignIns.length === 0
    ? [
        'No demo sign-ins (no demo data here). Add a first admin with:',
        `  npx binaan users add <username> --name "<name>" --role admin --national --store sqlite:${facts.dataDir}`,
      ]
    : [
        'Demo sign-ins (role, username, password; kept in the data folder, for trying Binaan out only):',
        ...facts.demoSignIns.flatMap(({ role, username, password }) => [
          `  ${role.padEnd(10)} ${username.padEnd(16)} ${password}`,
          `             ${roleNotes[role]}`,
        ]),
      ];

/** What a person needs after `npm start`: where to go, and who to sign in as. */
export const startBanner = (facts: BannerFacts): string => {
  const row = (label: string, value: string): string => `  ${label.padEnd(12)} ${value}`;
  const lines = [
    '',
    'Binaan is running.',
    '',
    row('Dashboard', `${facts.url}/`),
    row('Staff app', `${facts.url}/app/   (sign in with a demo account below)`),
    row('API docs', `${facts.url}/docs`),
    row('Health', `${facts.url}/health   (metrics: ${facts.url}/metrics)`),
    '',
    row('Data', facts.dataDir),
    row('Events', facts.eventStore),
    row('Read models', `${facts.readModels}; projections ${facts.projections}`),
    ...(facts.seeded === undefined
      ? []
      : [row('Demo data', `seeded ${facts.seeded.participants} synthetic participants (${facts.seeded.commands} commands)`)]),
    ...anchorLines(facts, row),
    '',
    ...signInLines(facts),
    '',
    `Token: curl -s -X POST ${facts.url}/auth/token -H 'Content-Type: application/json' -d '{"username":"demo-viewer","password":"<password>"}'`,
    `Try:   curl -H "Authorization: Bearer <token>" ${facts.url}/outcomes`,
    'Stop with Ctrl+C (commands in flight finish, checkpoints are stored).',
    '',
  ];
  return lines.join('\n');
};
