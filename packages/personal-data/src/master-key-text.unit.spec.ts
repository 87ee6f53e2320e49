import { randomBytes } from 'node:crypto';
import { MasterKeyConfigError } from './errors';
import { formatMasterKeyText, parseMasterKeyText } from './master-key-text';

const configErrorOf = (text: string): MasterKeyConfigError => {
  try {
    parseMasterKeyText(text, 'BINAAN_MASTER_KEY', 'unset it');
  } catch (error) {
    if (error instanceof MasterKeyConfigError) {
      return error;
    }
    throw error;
  }
  throw new Error('expected a MasterKeyConfigError');
};

describe('parseMasterKeyText', () => {
  const key = randomBytes(32);

  it.each([
    ['hex', key.toString('hex')],
    ['upper-case hex', key.toString('hex').toUpperCase()],
    ['base64', key.toString('base64')],
    ['base64 with a trailing newline', formatMasterKeyText(key)],
  ])('reads %s', (_name, text) => {
    expect(parseMasterKeyText(text, 'BINAAN_MASTER_KEY', 'unset it').equals(key)).toBe(true);
  });

  it.each([
    ['an empty value', '  ', 'is empty; unset it'],
    ['too few hex digits', 'ab'.repeat(31), 'got 62 hex digits'],
    ['base64 of 16 bytes', randomBytes(16).toString('base64'), 'got base64 of 16 bytes'],
    ['a passphrase', 'sulam-malang-2019!', 'characters that are neither'],
    ['base64 with stray padding', `${key.toString('base64').slice(0, 43)}==`, 'the base64 is not well-formed'],
  ])('refuses %s, naming the variable and the rule', (_name, text, rule) => {
    const error = configErrorOf(text);
    expect(error.source).toBe('BINAAN_MASTER_KEY');
    expect(error.message).toMatch(/^BINAAN_MASTER_KEY: /);
    expect(error.rule).toContain(rule);
  });

  it('never repeats the rejected text', () => {
    const almostKey = randomBytes(31).toString('hex');
    expect(configErrorOf(almostKey).message).not.toContain(almostKey);
  });
});
