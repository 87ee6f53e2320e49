import { enrolmentBody } from './support/bodies';
import { startApiUnderTest, type ApiUnderTest } from './support/api-under-test';
import { httpClient } from './support/http-client';

/**
 * Problem details speak the caller's language (Accept-Language), while everything a script matches on
 * (status, code, type, field paths) stays the same in both.
 */
describe('problem details in Indonesian or English', () => {
  let api: ApiUnderTest;
  let client: ReturnType<typeof httpClient>;

  beforeAll(async () => {
    api = await startApiUnderTest();
    client = httpClient(api);
  });
  afterAll(() => api.close());

  /** An enrolment with a date that is no date and an unknown field: two field rules at once. */
  const badEnrolment = () => enrolmentBody({ enrolledOn: '2023-02-30', colour: 'red' });
  const enrolWith = (acceptLanguage?: string) =>
    client.call('post', '/participants', 'registrar', badEnrolment(), acceptLanguage === undefined ? {} : { 'Accept-Language': acceptLanguage });

  it('Accept-Language: id gets Indonesian detail and field rules, with the same code, type and fields', async () => {
    const response = await enrolWith('id');
    expect(response.status).toBe(400);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.headers['content-language']).toBe('id');
    expect(response.headers['vary']).toMatch(/Accept-Language/i);
    expect(response.body).toMatchObject({
      type: 'urn:binaan:problem:VALIDATION_FAILED',
      code: 'VALIDATION_FAILED',
      status: 400,
      title: 'Permintaan Tidak Valid',
      detail: 'Permintaan tidak sesuai dengan bentuk yang diharapkan; lihat errors.',
    });
    expect(response.body.errors).toEqual(
      expect.arrayContaining([
        { path: 'enrolledOn', rule: 'harus tanggal kalender yang ada' },
        { path: 'colour', rule: 'bukan kolom yang dikenal' },
      ]),
    );
  });

  it('Accept-Language: en gets the English text for the same code and fields', async () => {
    const response = await enrolWith('en');
    expect(response.status).toBe(400);
    expect(response.headers['content-language']).toBe('en');
    expect(response.body).toMatchObject({
      type: 'urn:binaan:problem:VALIDATION_FAILED',
      code: 'VALIDATION_FAILED',
      title: 'Bad Request',
      detail: 'The request does not match the expected shape; see errors.',
    });
    expect(response.body.errors).toEqual(
      expect.arrayContaining([
        { path: 'enrolledOn', rule: 'must be a real calendar date' },
        { path: 'colour', rule: 'is not a known field' },
      ]),
    );
  });

  it('the two answers differ only in their words: same status, code, type and field paths', async () => {
    const [indonesian, english] = await Promise.all([enrolWith('id-ID, en;q=0.5'), enrolWith('en-GB, id;q=0.1')]);
    const stable = (body: { code: string; type: string; status: number; errors: readonly { path: string }[] }) => ({
      code: body.code,
      type: body.type,
      status: body.status,
      paths: body.errors.map((issue) => issue.path),
    });
    expect(indonesian.body.detail).not.toBe(english.body.detail);
    expect(stable(indonesian.body)).toEqual(stable(english.body));
  });

  it('without Accept-Language, or with a language Binaan does not speak, answers in English', async () => {
    for (const response of [await enrolWith(), await enrolWith('fr-FR')]) {
      expect(response.headers['content-language']).toBe('en');
      expect(response.body.detail).toBe('The request does not match the expected shape; see errors.');
    }
  });

  it('a broken rule of the record is told in Indonesian with its values, its code and field unchanged', async () => {
    const response = await client.call('post', '/participants', 'registrar', enrolmentBody({ programmeId: 'no-such-programme' }), {
      'Accept-Language': 'id',
    });
    expect(response.status).toBe(422);
    expect(response.body).toMatchObject({
      code: 'PROGRAMME_NOT_FOUND',
      type: 'urn:binaan:problem:PROGRAMME_NOT_FOUND',
      title: 'Isi Tidak Dapat Diproses',
      detail: 'Program no-such-programme tidak ada di katalog',
    });
  });

  it('a refusal before any body is read (no token) is Indonesian too, and keeps its code', async () => {
    const response = await client.call('get', '/outcomes', undefined, undefined, { 'Accept-Language': 'in' });
    expect(response.status).toBe(401);
    expect(response.body).toMatchObject({ code: 'MISSING_TOKEN', detail: 'Kirim token bearer (Authorization: Bearer <token>, dari POST /auth/token) atau masuk (POST /auth/session).' });
  });
});
