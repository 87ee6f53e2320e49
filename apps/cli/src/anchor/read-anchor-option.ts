import * as fs from 'node:fs';
import { UserError } from '../cli/user-error';
import { AnchorFileError, parseAnchorFile, type Anchor } from '@binaan/integrity';

const rootPattern = /^[0-9a-f]{64}$/;

/** The anchor named by --anchor, checked against its own Merkle root and, if given, --anchor-root. */
export const readAnchorOption = (file: string | undefined, expectedRoot: string | undefined): Anchor | undefined => {
  if (expectedRoot !== undefined && !rootPattern.test(expectedRoot)) {
    throw UserError.of('anchorRootNotHex', { value: expectedRoot });
  }
  if (file === undefined) {
    if (expectedRoot !== undefined) throw UserError.of('anchorRootWithoutAnchor');
    return undefined;
  }
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    throw UserError.of('anchorFileUnreadable', { file });
  }
  try {
    return parseAnchorFile(text, file, expectedRoot);
  } catch (error) {
    if (error instanceof AnchorFileError) throw new UserError(error.problem, error.nextStep);
    throw error;
  }
};
