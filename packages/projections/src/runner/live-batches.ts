import type { RecordedEvent, SubscriptionItem } from '@binaan/event-store';

export interface LiveBatch {
  readonly events: readonly RecordedEvent[];
  /** True once the subscription has caught up: the batch is the newest there is. */
  readonly atHead: boolean;
}

const timeout = (ms: number): Promise<'timeout'> => new Promise((resolve) => setTimeout(() => resolve('timeout'), ms).unref());

/**
 * Groups subscription items into batches: full batches while catching up; once live, whatever
 * arrived within `lingerMs`, so a lone event is applied promptly. An empty batch marks an idle period.
 * When the subscription fails, the events already read go out as a last batch before the error.
 */
export async function* liveBatches(
  items: AsyncIterator<SubscriptionItem>,
  batchSize: number,
  lingerMs: number,
  idleMs: number,
): AsyncGenerator<LiveBatch> {
  let atHead = false;
  let pending: Promise<IteratorResult<SubscriptionItem>> | null = null;
  let batch: RecordedEvent[] = [];
  for (;;) {
    pending ??= items.next();
    let waited: IteratorResult<SubscriptionItem> | 'timeout';
    try {
      waited = atHead ? await Promise.race([pending, timeout(batch.length === 0 ? idleMs : lingerMs)]) : await pending;
    } catch (error) {
      // The events read before the failure are applied before it ends the loop: checkpoints reach up to it.
      if (batch.length > 0) yield { events: batch, atHead };
      throw error;
    }
    if (waited === 'timeout') {
      yield { events: batch, atHead };
      batch = [];
      continue;
    }
    pending = null;
    if (waited.done === true) {
      if (batch.length > 0) yield { events: batch, atHead };
      return;
    }
    if (waited.value.kind === 'caughtUp') {
      atHead = true;
      yield { events: batch, atHead };
      batch = [];
      continue;
    }
    batch.push(waited.value.event);
    if (batch.length >= batchSize) {
      yield { events: batch, atHead };
      batch = [];
    }
  }
}
