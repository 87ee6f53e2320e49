import * as fs from 'node:fs';
import * as path from 'node:path';

/** The workspace's package.json names the `binaan` command and carries the version it is released under. */
const WORKSPACE_PACKAGE = path.join(__dirname, '..', '..', '..', '..', 'package.json');

/** The version of Binaan this command line belongs to. */
export const binaanVersion = (): string => {
  const manifest = JSON.parse(fs.readFileSync(WORKSPACE_PACKAGE, 'utf8')) as { readonly version?: unknown };
  return typeof manifest.version === 'string' ? manifest.version : 'unknown';
};
