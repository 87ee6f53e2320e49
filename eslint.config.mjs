import nx from '@nx/eslint-plugin';

/*
 * The arrows of docs/architecture.md, enforced. Every project carries two tags: its layer (what it may
 * build on) and its scope (which side of the record it serves). A dependency must be allowed by both.
 */
const domainImports = ['fp-ts', 'fp-ts/*', 'io-ts', 'io-ts/*'];
const nativeStores = ['better-sqlite3', 'pg', '@eventstore/*', '@grpc/*', 'kysely'];
const frameworks = ['@nestjs/*', 'express', 'rxjs'];

const layers = [
  { sourceTag: 'layer:domain', onlyDependOnLibsWithTags: ['layer:domain'], allowedExternalImports: domainImports },
  {
    sourceTag: 'layer:core',
    onlyDependOnLibsWithTags: ['layer:domain', 'layer:core'],
    bannedExternalImports: [...nativeStores, ...frameworks],
  },
  // Adapters build on the core and never on each other.
  { sourceTag: 'layer:adapter', onlyDependOnLibsWithTags: ['layer:domain', 'layer:core'], bannedExternalImports: frameworks },
  {
    sourceTag: 'layer:application',
    onlyDependOnLibsWithTags: ['layer:domain', 'layer:core', 'layer:adapter'],
    bannedExternalImports: ['@eventstore/*', '@grpc/*', ...frameworks],
  },
  { sourceTag: 'layer:testing', onlyDependOnLibsWithTags: ['layer:domain', 'layer:testing'], bannedExternalImports: [...nativeStores, ...frameworks] },
  {
    sourceTag: 'layer:composition',
    onlyDependOnLibsWithTags: ['layer:domain', 'layer:core', 'layer:adapter', 'layer:application', 'layer:composition'],
    bannedExternalImports: frameworks,
  },
  // Apps stand on the libraries and never on each other.
  { sourceTag: 'layer:app', onlyDependOnLibsWithTags: ['layer:domain', 'layer:core', 'layer:adapter', 'layer:application', 'layer:composition'] },
  {
    sourceTag: 'layer:test',
    onlyDependOnLibsWithTags: ['layer:domain', 'layer:core', 'layer:adapter', 'layer:application', 'layer:composition', 'layer:testing', 'layer:app'],
  },
];

const scopes = [
  { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
  // Writing builds the hash chain that auditing checks; it never reads the read models.
  { sourceTag: 'scope:write', onlyDependOnLibsWithTags: ['scope:shared', 'scope:audit'] },
  // Read models are built from events alone: never from command handling or the audit tools.
  { sourceTag: 'scope:read', onlyDependOnLibsWithTags: ['scope:shared'] },
  { sourceTag: 'scope:audit', onlyDependOnLibsWithTags: ['scope:shared'] },
  { sourceTag: 'scope:all', onlyDependOnLibsWithTags: ['scope:shared', 'scope:write', 'scope:read', 'scope:audit', 'scope:all'] },
];

export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  ...nx.configs['flat/javascript'],
  { ignores: ['**/dist', '**/node_modules', 'tmp', 'data', '.nx', 'test/artifacts'] },
  {
    files: ['**/*.ts'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        { enforceBuildableLibDependency: false, allow: [], depConstraints: [...layers, ...scopes] },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.spec.ts', 'test/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
];
