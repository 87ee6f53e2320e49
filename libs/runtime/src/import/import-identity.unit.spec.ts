import { randomBytes } from 'node:crypto';
import { createImportIdentity } from './import-identity';

describe('import identity', () => {
  const key = randomBytes(32);
  const identity = createImportIdentity(key);

  it('given the same facility and registration number, typed with other case or spacing, when named twice, then it is the same participant', () => {
    expect(identity.participantId('lapas-perempuan-malang', 'BI 12/2019')).toBe(identity.participantId('lapas-perempuan-malang', '  bi   12/2019 '));
  });

  it('gives another facility, another number or another key another participant, as a lower-case version 8 UUID', () => {
    const id = identity.participantId('lapas-perempuan-malang', 'BI 12/2019');
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(identity.participantId('lapas-kelas-i-malang', 'BI 12/2019')).not.toBe(id);
    expect(identity.participantId('lapas-perempuan-malang', 'BI 13/2019')).not.toBe(id);
    expect(createImportIdentity(randomBytes(32)).participantId('lapas-perempuan-malang', 'BI 12/2019')).not.toBe(id);
  });

  it('gives the same row the same command id, and a row with any field changed another', () => {
    const participantId = identity.participantId('lapas-perempuan-malang', 'BI 12/2019');
    const row = { type: 'CompleteModule', moduleId: 'sulam-dasar', result: 'competent', assessedOn: '2021-05-10' };
    expect(identity.commandId('assessment', participantId, row)).toBe(identity.commandId('assessment', participantId, { ...row }));
    expect(identity.commandId('assessment', participantId, { ...row, assessedOn: '2021-05-11' })).not.toBe(identity.commandId('assessment', participantId, row));
  });
});
