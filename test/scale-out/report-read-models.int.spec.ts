import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ParticipantCommandInput } from '@binaan/domain';
import { queryParticipantStatus } from '@binaan/projections';
import * as E from 'fp-ts/Either';
import { createRuntime } from '@binaan/runtime';
import { createScratchDatabase, type ScratchDatabase } from '../projections/support/postgres';

/**
 * PG_READ_URL names a replica; no replica can run here, so the same database stands in for one. What
 * is checked is what Binaan does with the URL: reports read through a store of their own that never
 * creates, migrates or writes anything.
 */
describe('report queries on PG_READ_URL', () => {
  const root = mkdtempSync(join(tmpdir(), 'binaan-reports-'));
  let database: ScratchDatabase;

  beforeAll(async () => {
    database = await createScratchDatabase('reports');
  });

  afterAll(async () => {
    await database.drop();
    rmSync(root, { recursive: true, force: true });
  });

  it('reads what the projections wrote, through a read-only store of its own', async () => {
    const runtime = await createRuntime({ dataDir: join(root, 'data'), pgUrl: database.url, pgReadUrl: database.url, env: {}, clock: () => new Date('2020-01-15T03:00:00Z') });
    try {
      expect(runtime.reportReadModels).not.toBe(runtime.readModels);
      const participantId = randomUUID();
      const command = {
        type: 'EnrollInmate', participantId, programmeId: 'sulam-malang-2019', facilityId: 'lapas-perempuan-malang',
        registrationClass: 'B.I', enrolledOn: '2019-11-04', consent: { given: true, recordedOn: '2019-11-04' },
        personalData: { fullName: 'Nur Aini (fiktif)', registrationNumber: 'BI 12/2019' },
      } as ParticipantCommandInput;
      const result = await runtime.executeCommand({ commandId: randomUUID(), actor: { id: 'admin-1', role: 'admin' }, command });
      if (E.isLeft(result)) throw new Error(JSON.stringify(result.left));
      await runtime.waitForProjections(result.right.position!);
      expect(await queryParticipantStatus(runtime.reportReadModels, { participantId })).toEqual(await queryParticipantStatus(runtime.readModels, { participantId }));
      await expect(
        runtime.reportReadModels.db.deleteFrom('participant_status').where('participant_id', '=', participantId).execute(),
      ).rejects.toThrow(/read-only transaction/);
    } finally {
      await runtime.close();
    }
  });
});
