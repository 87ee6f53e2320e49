import { MasterKeyMismatchError } from '@binaan/personal-data';
import { explainFailure } from './explain-failure';
import { UserError } from './user-error';

describe('explainFailure', () => {
  it('gives a user error as its one line: the problem, then what to do', () => {
    expect(explainFailure(new UserError('no participant x in this store', 'Check the id'))).toBe('no participant x in this store. Check the id');
  });

  it('says a file that is not SQLite is not a readable store', () => {
    const error = Object.assign(new Error('file is not a database'), { code: 'SQLITE_NOTADB' });
    expect(explainFailure(error)).toMatch(/^the store file is not a readable Binaan store \(file is not a database\)\. /);
  });

  it("passes a wrong master key's own advice on", () => {
    expect(explainFailure(new MasterKeyMismatchError('aaaa', 'bbbb'))).toMatch(/^the master key does not match the key store.*BINAAN_MASTER_KEY/);
  });

  it('says a catalogued mistake in the language asked for, and English by default', () => {
    const error = UserError.of('fromAfterTo', { from: '2021-01-01', to: '2020-01-01' });
    expect(explainFailure(error)).toBe('--from 2021-01-01 is after --to 2020-01-01. Give the earlier date to --from');
    expect(explainFailure(error, 'id')).toBe('--from 2021-01-01 setelah --to 2020-01-01. Berikan tanggal yang lebih awal pada --from');
    expect(error.message).toBe('--from 2021-01-01 is after --to 2020-01-01. Give the earlier date to --from');
  });

  it('says a driver failure in Indonesian around the driver\'s own words', () => {
    const error = Object.assign(new Error('attempt to write a readonly database'), { code: 'SQLITE_READONLY' });
    expect(explainFailure(error, 'id')).toBe(
      'penyimpanan hanya dapat dibaca (attempt to write a readonly database). Jalankan perintah ini di tempat penyimpanan dapat ditulis, atau pada salinannya',
    );
  });

  it('keeps anything else to its first line, pointing to BINAAN_DEBUG', () => {
    expect(explainFailure(new Error('boom\n    at somewhere'))).toBe('could not finish: boom. Run again with BINAAN_DEBUG=1 for details');
  });
});
