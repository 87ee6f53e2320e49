import * as fs from 'node:fs';
import { UserError } from '../cli/user-error';
import { AnchorFileError, parseAnchorFile, type Anchor } from '@binaan/integrity';

const rootPattern = /^[0-9a-f]{64}$/;

/** The anchor named by --anchor, checked against its own Merkle root and, if given, --anchor-root. */
export const readAnchorOption = (file: string | undefined, expectedRoot: string | undefined): Anchor | undefined => {
  if (expectedRoot !== undefined && !rootPattern.test(expectedRoot)) {
    throw new UserError(`--anchor-root: "${expectedRoot}" is not 64 lower-case hex digits`, 'Give the Merkle root `binaan anchor` printed');
  }
  if (file === undefined) {
    if (expectedRoot !== undefined) throw new UserError('--anchor-root needs --anchor FILE', 'Give the anchor file whose root it is');
    return undefined;
  }
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    throw new UserError(`cannot read the anchor file ${file}`, 'Check the path given to --anchor');
  }
  try {
    return parseAnchorFile(text, file, expectedRoot);
  } catch (error) {
    if (error instanceof AnchorFileError) throw new UserError(error.problem, error.nextStep);
    throw error;
  }
};
