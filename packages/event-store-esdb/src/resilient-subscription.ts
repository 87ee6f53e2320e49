import type { AllStreamResolvedEvent, AllStreamSubscription, ReadPosition } from '@eventstore/db-client';
import type { RecordedEvent } from '@binaan/event-store';
import type { Subscription, SubscriptionItem } from '@binaan/event-store';
import { isTransientClientError, toPortError } from './client-errors';
import { toClientReadPosition } from './client-options';
import { readSubscription, type SubscriptionReader } from './subscription-reader';

export interface ReconnectPolicy {
  /** Wait before the first new attempt; it doubles on each failure in a row. */
  readonly initialDelayMs: number;
  readonly maxDelayMs: number;
  /** Failures in a row (no confirmation, no event in between) before the subscription gives up. */
  readonly maxAttempts: number;
}

export const defaultReconnectPolicy: ReconnectPolicy = { initialDelayMs: 100, maxDelayMs: 5_000, maxAttempts: 20 };

export interface ResilientSubscriptionDeps {
  /** After which position to start (0n: from the first event); asked again if the server was unreachable. */
  readonly start: () => Promise<bigint>;
  readonly open: (from: ReadPosition) => AllStreamSubscription;
  /** The port's filter and upcast, run on this side after system events are dropped. */
  readonly accept: (event: RecordedEvent) => boolean;
  readonly upcast: (event: RecordedEvent) => RecordedEvent;
  /** The port's event for a client record, or undefined (skipped and counted). */
  readonly sort: (resolved: AllStreamResolvedEvent) => RecordedEvent | undefined;
  readonly policy: ReconnectPolicy;
}

const positionOf = (resolved: AllStreamResolvedEvent): bigint | undefined =>
  resolved.event?.position.commit ?? resolved.commitPosition;

const backoffMs = (policy: ReconnectPolicy, failures: number): number =>
  Math.min(policy.initialDelayMs * 2 ** (failures - 1), policy.maxDelayMs);

/**
 * subscribeToAll that survives a dropped connection: on UNAVAILABLE and the like it subscribes again,
 * after a growing pause, from the last event it read (delivered or filtered out), so nothing is lost
 * or repeated. `caughtUp` is given once, the first time the server reports it.
 */
export const createResilientSubscription = (deps: ResilientSubscriptionDeps): Subscription => {
  let closed = false;
  let reader: SubscriptionReader | undefined;
  let interruptPause: () => void = () => undefined;

  const pause = (ms: number): Promise<void> =>
    new Promise((resolve) => {
      const timer = setTimeout(resolve, ms);
      interruptPause = () => {
        clearTimeout(timer);
        resolve();
      };
    });

  const startPosition = async (failures = 0): Promise<bigint> => {
    try {
      return await deps.start();
    } catch (error) {
      if (closed || !isTransientClientError(error) || failures >= deps.policy.maxAttempts) {
        throw error;
      }
      await pause(backoffMs(deps.policy, failures + 1));
      return startPosition(failures + 1);
    }
  };

  async function* items(): AsyncGenerator<SubscriptionItem> {
    let from = await startPosition();
    let caughtUpGiven = false;
    let failures = 0;
    while (!closed) {
      reader = readSubscription(deps.open(toClientReadPosition(from)));
      try {
        for (let step = await reader.next(); step.kind !== 'closed'; step = await reader.next()) {
          if (step.kind === 'dropped') {
            // A subscription the server ends without an error is dropped too.
            if (step.error !== undefined && !isTransientClientError(step.error)) {
              throw toPortError(step.error, { streamName: '$all' });
            }
            failures += 1;
            if (failures > deps.policy.maxAttempts) {
              throw step.error ?? new Error('subscription to $all ended by the server');
            }
            break;
          }
          failures = 0;
          if (step.kind === 'caughtUp' && !caughtUpGiven) {
            caughtUpGiven = true;
            yield { kind: 'caughtUp' };
          }
          if (step.kind === 'event') {
            from = positionOf(step.resolved) ?? from;
            const recorded = deps.sort(step.resolved);
            if (recorded !== undefined && deps.accept(recorded)) {
              yield { kind: 'event', event: deps.upcast(recorded) };
            }
          }
        }
      } finally {
        await reader.close();
      }
      if (!closed) {
        await pause(backoffMs(deps.policy, failures));
      }
    }
  }

  let iterator: AsyncGenerator<SubscriptionItem> | undefined;
  return {
    [Symbol.asyncIterator]: () => (iterator ??= items()),
    close: async () => {
      closed = true;
      interruptPause();
      await reader?.close();
    },
  };
};
