import {
  languageOfAcceptLanguage,
  languageOfLocale,
  messageCatalogue,
  placeholdersOf,
  renderMessage,
  translateFieldRule,
  translateRejection,
  type Message,
} from './index';

/** Every message of every section, named by where it sits; derived from the catalogue itself, never listed by hand. */
const everyMessage = (): readonly (readonly [string, Message])[] =>
  Object.entries(messageCatalogue).flatMap(([section, entries]) =>
    Object.entries(entries as Readonly<Record<string, Message | readonly Message[]>>).flatMap(([key, entry]) =>
      (Array.isArray(entry) ? entry : [entry as Message]).map((message, index) => [`${section}.${key}${Array.isArray(entry) ? `[${index}]` : ''}`, message] as const),
    ),
  );

describe('the message catalogue', () => {
  it.each(everyMessage())('%s has an English and an Indonesian text with the same placeholders', (_name, message) => {
    expect(Object.keys(message).sort()).toEqual(['en', 'id']);
    expect(message.en.trim()).not.toBe('');
    expect(message.id.trim()).not.toBe('');
    expect(placeholdersOf(message.id)).toEqual(placeholdersOf(message.en));
  });

  it('says something different in Indonesian wherever the English has words to translate', () => {
    const untranslated = everyMessage().filter(([, message]) => message.en === message.id && /[a-z]{3,} [a-z]{3,}/.test(message.en));
    expect(untranslated.map(([name]) => name)).toEqual([]);
  });

  it('has no two field rules with the same English template (a rule must translate one way)', () => {
    const templates = Object.values(messageCatalogue.fieldRules).map((rule) => rule.en);
    expect(new Set(templates).size).toBe(templates.length);
  });
});

describe('renderMessage', () => {
  it('fills the placeholders of the asked language', () => {
    const message = { en: 'must be {min} to {max} characters', id: 'harus {min} sampai {max} karakter' };
    expect(renderMessage(message, 'id', { min: 1, max: 64 })).toBe('harus 1 sampai 64 karakter');
    expect(renderMessage(message, 'en', { min: 1, max: 64 })).toBe('must be 1 to 64 characters');
  });

  it('leaves a placeholder without a value as written, rather than printing undefined', () => {
    expect(renderMessage({ en: 'at {place}', id: 'di {place}' }, 'id')).toBe('di {place}');
  });
});

describe('translateFieldRule', () => {
  it.each([
    ['is required', 'wajib diisi'],
    ['must be 16 digits, got 15 digits', 'harus 16 digit, diberikan 15 digit'],
    ['must be 1 to 200 characters, got 0', 'harus 1 sampai 200 karakter, diberikan 0'],
    ['must be one of bebas_murni, asimilasi', 'harus salah satu dari bebas_murni, asimilasi'],
    ['must be one of m1, m3 or null', 'harus salah satu dari m1, m3 atau null'],
    ['must be a real calendar date', 'harus tanggal kalender yang ada'],
  ])('turns "%s" into "%s", values kept', (rule, indonesian) => {
    expect(translateFieldRule(rule, 'id')).toBe(indonesian);
  });

  it('keeps English as it is, and a rule it does not know in English', () => {
    expect(translateFieldRule('is required', 'en')).toBe('is required');
    expect(translateFieldRule('must be a colour', 'id')).toBe('must be a colour');
  });
});

describe('translateRejection', () => {
  it('carries the ids and dates of the domain message into the Indonesian text', () => {
    expect(translateRejection('ENROLMENT_DATE_IN_FUTURE', 'The enrolment date 2030-01-01 is after today (2026-12-07)', 'id')).toBe(
      'Tanggal pendaftaran 2030-01-01 setelah hari ini (2026-12-07)',
    );
    expect(translateRejection('DATE_TOO_EARLY', 'exitedOn 2019-01-01 is before the last transfer (2019-05-01)', 'id')).toBe(
      'exitedOn 2019-01-01 sebelum pemindahan terakhir (2019-05-01)',
    );
  });

  it('keeps a message it does not recognise, and an unknown code, as they are', () => {
    expect(translateRejection('ALREADY_ENROLLED', 'something else', 'id')).toBe('something else');
    expect(translateRejection('NO_SUCH_CODE', 'text', 'id')).toBe('text');
  });
});

describe('languageOfAcceptLanguage', () => {
  it.each([
    [undefined, 'en'],
    ['', 'en'],
    ['id', 'id'],
    ['id-ID', 'id'],
    ['in', 'id'],
    ['ID-id', 'id'],
    ['en', 'en'],
    ['en-GB', 'en'],
    ['fr', 'en'],
    ['*', 'en'],
    ['en;q=0.5, id;q=0.9', 'id'],
    ['id;q=0.2, en-US;q=0.8', 'en'],
    ['fr, id;q=0.5', 'id'],
    ['id;q=0, en;q=0.1', 'en'],
  ] as const)('reads %p as %s', (header, language) => {
    expect(languageOfAcceptLanguage(header)).toBe(language);
  });

  it('falls back to the language it is told when the header names none of ours', () => {
    expect(languageOfAcceptLanguage('fr', 'id')).toBe('id');
    expect(languageOfAcceptLanguage(undefined, 'id')).toBe('id');
  });
});

describe('languageOfLocale', () => {
  it.each([
    [{}, 'en'],
    [{ LANG: 'id_ID.UTF-8' }, 'id'],
    [{ LANG: 'id' }, 'id'],
    [{ LANG: 'en_US.UTF-8' }, 'en'],
    [{ LANG: 'C' }, 'en'],
    [{ LANG: 'en_US.UTF-8', LC_MESSAGES: 'id_ID.UTF-8' }, 'id'],
    [{ LANG: 'id_ID.UTF-8', LC_ALL: 'C.UTF-8' }, 'en'],
    [{ LANG: 'id_ID.UTF-8', LC_ALL: '' }, 'id'],
  ] as const)('reads %p as %s', (env, language) => {
    expect(languageOfLocale(env)).toBe(language);
  });
});
