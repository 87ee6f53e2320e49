import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ParticipantCommandInput } from '@binaan/domain';
import { queryParticipantStatus } from '@binaan/projections';
import * as E from 'fp-ts/Either';
import { createRuntime } from './create-runtime';

const admin = { id: 'admin-1', role: 'admin' };

describe('createRuntime on the embedded SQLite store', () => {
  const dataDir = join(mkdtempSync(join(tmpdir(), 'binaan-runtime-')), 'data');
  afterAll(() => rmSync(join(dataDir, '..'), { recursive: true, force: true }));

  it('records commands and projects them; personal data only in participant_directory, gone after an erasure', async () => {
    const runtime = await createRuntime({ dataDir, env: {}, clock: () => new Date('2020-01-15T03:00:00Z') });
    const participantId = randomUUID();
    const enrol = {
      type: 'EnrollInmate', participantId, programmeId: 'sulam-malang-2019', facilityId: 'lapas-perempuan-malang',
      registrationClass: 'B.IIa', enrolledOn: '2019-11-04', consent: { given: true, recordedOn: '2019-11-04' },
      personalData: { fullName: 'Dewi Anggraini Putri (fiktif)', registrationNumber: 'BIIa 88/2019' },
    } as ParticipantCommandInput;
    const result = await runtime.executeCommand({ commandId: randomUUID(), actor: admin, command: enrol });
    expect(E.isRight(result)).toBe(true);
    if (E.isLeft(result)) return;
    await runtime.waitForProjections(result.right.position!);

    const [status] = await queryParticipantStatus(runtime.readModels, { participantId });
    expect(status).toMatchObject({ participant_id: participantId, facility_id: 'lapas-perempuan-malang', cohort: '2019-11' });
    expect(JSON.stringify(status)).not.toContain('Dewi');
    const directory = await runtime.readModels.db.selectFrom('participant_directory').selectAll().execute();
    expect(JSON.stringify(directory)).toContain('Dewi Anggraini Putri (fiktif)');

    const erase = { type: 'ErasePersonalData', participantId, basis: 'subject_request', requestedOn: '2020-01-14' } as ParticipantCommandInput;
    const erased = await runtime.executeCommand({ commandId: randomUUID(), actor: admin, command: erase });
    expect(E.isRight(erased)).toBe(true);
    if (E.isLeft(erased)) return;
    await runtime.waitForProjections(erased.right.position!);
    for await (const event of runtime.store.readStream(`participant-${participantId}`)) {
      if (event.type === 'InmateEnrolled') expect(await runtime.vault.open(event.data['personalData'], { purpose: 'InmateEnrolled' })).toMatchObject({ status: 'erased' });
    }
    const afterErasure = await runtime.readModels.db.selectFrom('participant_directory').selectAll().execute();
    expect(afterErasure).toEqual([]);
    await runtime.close();

    expect(statSync(join(dataDir, 'master.key')).mode & 0o777).toBe(0o600);
    const reopened = await createRuntime({ dataDir, env: {}, projections: 'off' });
    const again = await reopened.executeCommand({ commandId: randomUUID(), actor: admin, command: enrol });
    expect(E.isLeft(again) && again.left.kind === 'rejected' && again.left.error._tag).toBe('AlreadyEnrolled');
    await reopened.close();
  });
});
