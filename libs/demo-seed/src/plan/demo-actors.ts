import type { SeededRandom } from '../random/seeded-random';
import type { PlannedCommand } from './planned-command';

type Actor = PlannedCommand['actor'];

/** Staff accounts by role: registrars belong to a facility, assessors to the LPK, case workers to Disnaker. */
export const registrarFor = (random: SeededRandom, facilityId: string): Actor => ({
  id: `registrar-${facilityId}-${random.integer(1, 2)}`,
  role: 'registrar',
});

export const assessor = (random: SeededRandom): Actor => ({ id: `assessor-lpk-${random.integer(1, 3)}`, role: 'assessor' });

export const caseworker = (random: SeededRandom): Actor => ({
  id: `caseworker-disnaker-${random.integer(1, 4)}`,
  role: 'caseworker',
});
