import { textProblem } from './text-problem';

const line = { multiline: false };
const notes = { multiline: true };

describe('textProblem', () => {
  it('lets plain text through, Indonesian and other scripts included', () => {
    for (const text of ['Siti Aminah', 'B.I-0042/2019', 'Ñoño', 'Nguyễn', '王', 'emoji 🧵 ok']) expect(textProblem(text, line)).toBeUndefined();
    expect(textProblem('line one\nline two\tindented', notes)).toBeUndefined();
  });

  it.each([
    ['a lone high surrogate', 'Siti \ud800', 'must be well-formed text (it holds a lone surrogate)'],
    ['a lone low surrogate', '\udc00Siti', 'must be well-formed text (it holds a lone surrogate)'],
    ['a NUL', 'Siti\u0000Aminah', 'must be one line without control characters'],
    ['a line break in a name', 'Siti\nAminah', 'must be one line without control characters'],
    ['a C1 control', 'Siti\u0085', 'must be one line without control characters'],
    ['a right-to-left override', 'Siti \u202EhanimA', 'must not contain text-direction controls'],
    ['a direction isolate', '\u2067Siti\u2069', 'must not contain text-direction controls'],
    ['only zero-width characters', '\u200B\u200C\u200D', 'must not be blank'],
    ['only spaces and a word joiner', '  \u2060 ', 'must not be blank'],
  ])('refuses %s, without repeating it', (_case, text, rule) => {
    expect(textProblem(text, line)).toBe(rule);
  });

  it('lets notes span lines, but still refuses other controls in them', () => {
    expect(textProblem('a\u0007b', notes)).toBe('must not contain control characters');
  });
});
