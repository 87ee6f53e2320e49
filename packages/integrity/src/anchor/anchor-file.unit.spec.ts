import { AnchorFileError, anchorFileText, parseAnchorFile } from './anchor-file';
import { EMPTY_MERKLE_ROOT, merkleRoot } from './merkle-root';

const heads = [
  { streamName: 'participant-b', revision: 4n, hash: 'b'.repeat(64) },
  { streamName: 'participant-a', revision: 9n, hash: 'a'.repeat(64) },
  { streamName: 'participant-c', revision: 0n, hash: 'c'.repeat(64) },
];
const anchor = { createdAt: '2025-06-15T01:00:00.000Z', lastPosition: 42n, merkleRoot: merkleRoot(heads), heads };

describe('merkleRoot', () => {
  it('does not depend on the order heads are listed in, and changes with any head', () => {
    expect(merkleRoot([...heads].reverse())).toBe(merkleRoot(heads));
    expect(merkleRoot([{ ...heads[0]!, revision: 5n }, ...heads.slice(1)])).not.toBe(merkleRoot(heads));
    expect(merkleRoot([{ ...heads[0]!, hash: 'd'.repeat(64) }, ...heads.slice(1)])).not.toBe(merkleRoot(heads));
  });

  it('does not let a duplicated last head pass for the list without it', () => {
    expect(merkleRoot([...heads, heads[2]!])).not.toBe(merkleRoot(heads));
    expect(merkleRoot([])).toBe(EMPTY_MERKLE_ROOT);
  });
});

describe('anchor files', () => {
  it('round-trips through the file text', () => {
    expect(parseAnchorFile(anchorFileText(anchor, 'sqlite:/data', 17), 'a.json')).toEqual({
      ...anchor,
      heads: [...heads],
    });
  });

  it('refuses a file whose heads no longer match its root', () => {
    const altered = anchorFileText(anchor, 'sqlite:/data', 17).replace('b'.repeat(64), 'e'.repeat(64));
    expect(() => parseAnchorFile(altered, 'a.json')).toThrow('does not match its own Merkle root');
  });

  it('refuses a consistent file whose root is not the one recorded elsewhere', () => {
    const other = { ...anchor, heads: heads.slice(1), merkleRoot: merkleRoot(heads.slice(1)) };
    expect(() => parseAnchorFile(anchorFileText(other, 's', 1), 'a.json', anchor.merkleRoot)).toThrow(AnchorFileError);
  });

  it('names the broken field of a malformed file', () => {
    expect(() => parseAnchorFile('{"format":"binaan-anchor","version":1}', 'a.json')).toThrow('anchor file a.json: createdAt');
    expect(() => parseAnchorFile('not json', 'a.json')).toThrow('is not JSON');
  });
});
