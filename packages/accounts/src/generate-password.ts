import { randomInt } from 'node:crypto';

/** No 0/O, 1/l/I: easy to read out and type. */
const alphabet = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** A random password of 20 characters from a 56-letter alphabet (about 116 bits), in groups of five for reading out. */
export const generatePassword = (): string =>
  Array.from({ length: 4 }, () => Array.from({ length: 5 }, () => alphabet[randomInt(alphabet.length)]).join('')).join('-');
