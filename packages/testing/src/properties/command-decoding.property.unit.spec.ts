import * as fc from 'fast-check';
import * as E from 'fp-ts/Either';
import { decodeCommand, formatDecodeError } from '@binaan/domain';
import { arbValidCommandInput } from '../arbitraries/command-arbitraries';
import { arbMalformedCommand } from '../arbitraries/malformed-arbitraries';

const personalValues = (input: Readonly<Record<string, unknown>>): readonly string[] => {
  const personalData = input['personalData'];
  return typeof personalData === 'object' && personalData !== null
    ? Object.values(personalData).filter((value): value is string => typeof value === 'string' && value.length >= 4)
    : [];
};

describe('command decoding (property)', () => {
  it('accepts every valid command as it arrives in JSON, unchanged', () => {
    fc.assert(
      fc.property(arbValidCommandInput(), (command) => {
        const decoded = decodeCommand(JSON.parse(JSON.stringify(command)));
        expect(E.map((result: { readonly command: unknown }) => result.command)(decoded)).toEqual(E.right(command));
      }),
      { numRuns: 1000 },
    );
  });

  it('rejects every malformed command, naming the broken field and rule, never echoing personal data', () => {
    fc.assert(
      fc.property(arbMalformedCommand(), ({ input, expectedPath, expectedRule }) => {
        const decoded = decodeCommand(input);
        expect(E.isLeft(decoded)).toBe(true);
        if (E.isLeft(decoded)) {
          const atPath = decoded.left.issues.filter((issue) => issue.path === expectedPath);
          expect(atPath.length).toBeGreaterThan(0);
          if (expectedRule !== undefined) {
            expect(atPath.map((issue) => issue.rule)).toContain(expectedRule);
          }
          const message = formatDecodeError(decoded.left);
          for (const value of personalValues(input)) {
            expect(message).not.toContain(value);
          }
        }
      }),
      { numRuns: 1000 },
    );
  });
});
