import { createParticipantDecider, participantStreamName, placeOf, type Catalogue, type ParticipantId, type ParticipantPlace } from '@binaan/domain';
import type { EventStore } from '@binaan/event-store';
import { loadStream } from '../handling/load-stream';
import { businessDayOf } from './business-date';
import { domainFold, toDomainEvent } from './participant-fold';

export interface ParticipantPlaceReaderDeps {
  readonly store: EventStore;
  readonly catalogue: Catalogue;
  readonly clock?: () => Date;
}

/** Where a participant belongs now (unit and programme), from her own stream; undefined for an id nobody enrolled. */
export type ParticipantPlaceReader = (participantId: ParticipantId) => Promise<ParticipantPlace | undefined>;

/**
 * Reads and folds the participant's stream, as command handling does before deciding, so that a read
 * and a command judge the caller's scope on the same state (a read model may lag behind a transfer).
 */
export const createParticipantPlaceReader = ({ store, catalogue, clock = () => new Date() }: ParticipantPlaceReaderDeps): ParticipantPlaceReader =>
  async (participantId) => {
    const fold = domainFold(createParticipantDecider({ catalogue, today: businessDayOf(clock()).date }));
    const loaded = await loadStream(store, participantStreamName(participantId), fold, toDomainEvent);
    return placeOf(loaded.state);
  };
