import {
  businessDateAt,
  decideRecordFacilityPopulation,
  facilityStreamName,
  FacilityPopulationRecordedData,
  type Catalogue,
  type FacilityEvent,
  type FacilityError,
  type FacilityNotFound,
  type RecordFacilityPopulation,
} from '@binaan/domain';
import * as E from 'fp-ts/Either';
import { inCanonicalOrder, type JsonObject } from '@binaan/canonical-json';
import type { EventStore, RecordedEvent } from '@binaan/event-store';
import type { CommandEnvelope } from '../handling/command-envelope';
import { commandFingerprint } from '../handling/command-fingerprint';
import { handleCommand, type CommandHandlingResult } from '../handling/handle-command';
import { commandIdReused, StoredEventUnreadableError, type CrossStreamRuleError } from '../participants/participant-command-errors';

export type FacilityCommandError = FacilityError | FacilityNotFound | CrossStreamRuleError;
export type FacilityCommandHandler = (envelope: CommandEnvelope<RecordFacilityPopulation>) => Promise<CommandHandlingResult<FacilityCommandError>>;

export interface FacilityCommandHandlerDeps {
  readonly store: EventStore;
  readonly catalogue: Catalogue;
  readonly clock?: () => Date;
}

const toDomainEvent = (recorded: RecordedEvent): FacilityEvent => {
  const decoded = FacilityPopulationRecordedData.decode(recorded.data);
  if (E.isLeft(decoded)) throw new StoredEventUnreadableError(recorded.streamName, recorded.revision, 'not a FacilityPopulationRecorded');
  return { type: 'FacilityPopulationRecorded', data: decoded.right };
};

/**
 * A prison unit's population counts, in its own stream (`facility-<id>`): the same load, decide and
 * append as a participant's commands. No state: every count stands on its own.
 */
export const createFacilityCommandHandler = (deps: FacilityCommandHandlerDeps): FacilityCommandHandler => {
  const clock = deps.clock ?? (() => new Date());
  return (envelope) => {
    const now = clock();
    const decide = decideRecordFacilityPopulation({ catalogue: deps.catalogue, today: businessDateAt(now) });
    return handleCommand<RecordFacilityPopulation, null, FacilityEvent, FacilityCommandError>(
      {
        store: deps.store,
        streamNameFor: (command) => facilityStreamName(command.facilityId),
        decide: (command) => decide(command),
        fold: { initialState: () => null, evolve: () => null },
        toDomainEvent,
        toStored: (event) => ({ type: event.type, data: inCanonicalOrder(FacilityPopulationRecordedData.encode(event.data) as unknown as JsonObject) }),
        commandIdReused,
        clock: () => now,
      },
      envelope,
      commandFingerprint(envelope),
    );
  };
};
