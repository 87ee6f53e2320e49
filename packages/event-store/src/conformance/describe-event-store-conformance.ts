import { afterAll, beforeAll, describe } from '@jest/globals';
import type { EventStore } from '../port/event-store';
import type { ConformanceContext } from './conformance-fixtures';
import { deleteCases } from './delete.cases';
import { expectedRevisionCases } from './expected-revision.cases';
import { idempotenceCases } from './idempotence.cases';
import { multiStreamAppendCases } from './multi-stream-append.cases';
import { readAllByStreamCases } from './read-all-by-stream.cases';
import { readAllCases } from './read-all.cases';
import { readStreamCases } from './read-stream.cases';
import { subscribeCases } from './subscribe.cases';
import { unicodeCases } from './unicode.cases';
import { validationCases } from './validation.cases';

/** Makes the store under test once for the whole suite; `dispose` closes it and removes what it made. */
export type EventStoreFactory = () => Promise<{ readonly store: EventStore; dispose(): Promise<void> }>;

export interface ConformanceOptions {
  /** The adapter offers the optional atomic appendToStreams; default false (then it must not have it). */
  readonly appendToStreams?: boolean;
  /** The adapter offers the optional readAllByStream; default false (then it must not have it). */
  readonly readAllByStream?: boolean;
}

/**
 * The EventStoreDB semantics every adapter must keep, as jest tests. Each test uses its own streams and
 * never assumes an empty store, so it also runs against a shared EventStoreDB server.
 */
export const describeEventStoreConformance = (name: string, factory: EventStoreFactory, options: ConformanceOptions = {}): void => {
  describe(`EventStore conformance: ${name}`, () => {
    let made: Awaited<ReturnType<EventStoreFactory>> | undefined;
    const context: ConformanceContext = {
      store: () => {
        if (made === undefined) throw new Error(`the ${name} store was not created`);
        return made.store;
      },
    };

    beforeAll(async () => {
      made = await factory();
    });

    afterAll(async () => {
      await made?.dispose();
    });

    expectedRevisionCases(context);
    idempotenceCases(context);
    readStreamCases(context);
    readAllCases(context);
    subscribeCases(context);
    deleteCases(context);
    unicodeCases(context);
    validationCases(context);
    multiStreamAppendCases(context, options.appendToStreams === true);
    readAllByStreamCases(context, options.readAllByStream === true);
  });
};
