import { v5 as uuidV5 } from 'uuid';

/** A fixed namespace, so the same seed always names the same participants and commands. */
const DEMO_NAMESPACE = '2f0b9c64-3a1e-5d7b-9c41-8e2a6f5d0b19';

export const demoParticipantId = (seed: number, index: number): string => uuidV5(`participant/${seed}/${index}`, DEMO_NAMESPACE);

export const demoCommandId = (seed: number, participantIndex: number, sequence: number): string =>
  uuidV5(`command/${seed}/${participantIndex}/${sequence}`, DEMO_NAMESPACE);

/** A re-enrolled participant is numbered apart from the first enrolments: her first index plus this. */
export const RE_ENROLMENT_INDEX_OFFSET = 1_000_000;
