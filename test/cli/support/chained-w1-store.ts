import { chainEvents, GENESIS_HASH } from '@binaan/integrity';
import { type EventStore } from '@binaan/event-store';
import { w1Events } from '../../projections/support/w1-history';

export const w1StreamName = (index: number): string => `participant-10000000-0000-4000-8000-${index.toString(16).padStart(12, '0')}`;

/**
 * Workload W1 (10 events per participant, as the projections bench writes it) with a real hash
 * chain per stream, so `binaan verify` has every hash to recompute.
 */
export const appendChainedW1 = async (store: EventStore, participants: number): Promise<void> => {
  for (let index = 0; index < participants; index += 1) {
    const streamName = w1StreamName(index);
    await store.appendToStream(streamName, chainEvents(streamName, 0n, GENESIS_HASH, w1Events(index)), { expectedRevision: 'no_stream' });
  }
};
