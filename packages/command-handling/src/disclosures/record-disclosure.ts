import { randomUUID } from 'node:crypto';
import {
  disclosureStreamName,
  PERSONAL_DATA_DISCLOSED,
  PersonalDataDisclosedData,
  type ParticipantId,
} from '@binaan/domain';
import * as E from 'fp-ts/Either';
import { inCanonicalOrder, type JsonObject } from '@binaan/canonical-json';
import type { EventStore } from '@binaan/event-store';
import type { Actor } from '../handling/command-envelope';
import { handleCommand } from '../handling/handle-command';

export interface Disclosure {
  readonly actor: Actor;
  readonly participantIds: readonly ParticipantId[];
  /** The route or command that showed the data, e.g. `GET /participants/:id`, `binaan export --include-personal`. */
  readonly purpose: string;
  /** The request's id, when there is one: a retried request is recorded once. */
  readonly requestId?: string;
}

/** Unlike a command's result, a disclosure record cannot be refused: only a store failure stops it. */
export class DisclosureNotRecordedError extends Error {
  constructor(readonly reason: string) {
    super(`the disclosure could not be recorded: ${reason}`);
    this.name = 'DisclosureNotRecordedError';
  }
}

export type RecordDisclosure = (disclosure: Disclosure) => Promise<void>;

/**
 * Appends each disclosure of personal data to the day's disclosure stream, hash-chained and with the
 * actor in its metadata, through the same load-and-append as commands (so concurrent writers retry
 * rather than fork the chain). Callers record before they answer: a disclosure that cannot be
 * recorded is not made.
 */
export const createDisclosureRecorder = (deps: { readonly store: EventStore; readonly clock?: () => Date }): RecordDisclosure => {
  const clock = deps.clock ?? (() => new Date());
  return async (disclosure) => {
    const now = clock();
    const data: PersonalDataDisclosedData = { schemaVersion: 1, participantIds: [...disclosure.participantIds].sort(), purpose: disclosure.purpose };
    const result = await handleCommand<PersonalDataDisclosedData, null, PersonalDataDisclosedData, never>(
      {
        store: deps.store,
        streamNameFor: () => disclosureStreamName(now),
        decide: (command) => E.right([command]),
        fold: { initialState: () => null, evolve: () => null },
        toDomainEvent: () => data,
        toStored: (event) => ({ type: PERSONAL_DATA_DISCLOSED, data: inCanonicalOrder(PersonalDataDisclosedData.encode(event) as unknown as JsonObject) }),
        commandIdReused: () => {
          throw new DisclosureNotRecordedError('its request id was used for another disclosure');
        },
        clock: () => now,
      },
      { commandId: disclosure.requestId ?? randomUUID(), actor: disclosure.actor, command: data },
    );
    if (E.isLeft(result)) throw new DisclosureNotRecordedError(result.left.kind);
  };
};
