import { randomUUID } from 'node:crypto';
import type { ParticipantCommandInput } from '@binaan/domain';
import { createRuntime } from '@binaan/runtime';
import * as E from 'fp-ts/Either';

const registrar = { id: 'registrar-test-1', role: 'registrar' };
const caseworker = { id: 'caseworker-test-1', role: 'caseworker' };

/** Made-up personal data, each value distinct enough to grep a file for. */
export interface MadeUpPerson {
  readonly participantId: string;
  readonly fullName: string;
  readonly registrationNumber: string;
  readonly nik: string;
  readonly birthDate: string;
  readonly phone: string;
  readonly address: string;
  readonly notes: string;
  readonly enrolledOn?: string;
  /** null: enrolled only, never released or contacted. */
  readonly releasedOn: string | null;
  readonly contactedOn: string;
}

/** A number from the tag, so that two made-up people differ in every field. */
const numberOf = (tag: string, below: number): number => [...tag].reduce((sum, character, index) => sum + character.charCodeAt(0) * (index + 7), 0) % below;

export const madeUpPerson = (
  tag: string,
  participantId: string = randomUUID(),
  dates: { readonly enrolledOn?: string; readonly releasedOn: string | null; readonly contactedOn: string } = {
    releasedOn: '2020-06-01',
    contactedOn: '2020-09-01',
  },
): MadeUpPerson => ({
  ...dates,
  participantId,
  fullName: `Ratna ${tag} Kusumawati (fiktif)`,
  registrationNumber: `BIIa ${100 + numberOf(tag, 900)}/2019`,
  nik: `357301450785${String(numberOf(tag, 10_000)).padStart(4, '0')}`,
  birthDate: '1985-07-05',
  phone: '0812-3456-7890',
  address: `Jalan Kenanga ${tag} 12, Malang`,
  notes: `Bekerja di warung ${tag}; sehat, anak sekolah lagi`,
});

const commandsFor = (person: MadeUpPerson): readonly { readonly actor: typeof registrar; readonly command: ParticipantCommandInput }[] => [
  {
    actor: registrar,
    command: {
      type: 'EnrollInmate',
      participantId: person.participantId,
      programmeId: 'sulam-malang-2019',
      facilityId: 'lapas-perempuan-malang',
      registrationClass: 'B.IIa',
      enrolledOn: person.enrolledOn ?? '2019-11-04',
      consent: { given: true, recordedOn: person.enrolledOn ?? '2019-11-04' },
      personalData: { fullName: person.fullName, registrationNumber: person.registrationNumber, nik: person.nik, birthDate: person.birthDate },
    } as unknown as ParticipantCommandInput,
  },
  {
    actor: registrar,
    command: {
      type: 'RecordRelease',
      participantId: person.participantId,
      releaseType: 'bebas_murni',
      releasedOn: person.releasedOn,
      personalData: { phone: person.phone, addressAfterRelease: person.address },
    } as unknown as ParticipantCommandInput,
  },
  {
    actor: caseworker,
    command: {
      type: 'LogFollowUp',
      participantId: person.participantId,
      contactedOn: person.contactedOn,
      channel: 'phone',
      outcome: 'reached',
      needs: [],
      referrals: [],
      personalData: { notes: person.notes },
    } as unknown as ParticipantCommandInput,
  },
];

/**
 * A store in `dataDir` where each person was enrolled with her name, registration number, NIK and
 * birth date, released with contact details, and contacted with notes: through the runtime, as the
 * API records them. Read models caught up; the store closed.
 */
export const recordPeople = async (dataDir: string, people: readonly MadeUpPerson[]): Promise<void> => {
  const runtime = await createRuntime({ dataDir, env: {}, projections: 'off' });
  try {
    for (const person of people) {
      for (const { actor, command } of commandsFor(person).slice(0, person.releasedOn === null ? 1 : undefined)) {
        const result = await runtime.executeCommand({ commandId: randomUUID(), actor, command });
        if (E.isLeft(result)) throw new Error(`${command.type} refused: ${JSON.stringify(result.left)}`);
      }
    }
    await runtime.projections.catchUp();
  } finally {
    await runtime.close();
  }
};
