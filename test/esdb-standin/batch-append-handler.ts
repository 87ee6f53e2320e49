import type { handleBidiStreamingCall } from '@grpc/grpc-js';
import { AllStreamPosition } from '@eventstore/db-client/generated/shared_pb';
import { BatchAppendReq, BatchAppendResp } from '@eventstore/db-client/generated/streams_pb';
import type { MemoryEventStore } from '@binaan/event-store';
import { toBatchAppendStatus } from './batch-append-status';
import { expectedRevisionFromWire } from './expected-revision';
import { toWireEvents, type WireProposedMessage } from './proposed-events';
import { appendDelay, crashedAfterWrite, type StandInSettings } from './stand-in-settings';
import { appendWireEvents } from './wire-append';
import type { StopSignal } from './stop-signal';
import { streamNameOf, streamIdentifierOf, uuidOf, uuidStringOf } from './wire-codec';
import { DeadlinePassedError, shuttingDownError } from './wire-errors';
import { toWirePosition } from './wire-position';

interface PendingBatch {
  options: BatchAppendReq.Options | undefined;
  readonly messages: WireProposedMessage[];
}

/** The batch's `deadline` (a timestamp); a batch still unwritten when it passes fails with Timeout. */
const checkDeadline = (options: BatchAppendReq.Options | undefined, now: Date): void => {
  const deadline = options?.getDeadline()?.toDate();
  if (deadline !== undefined && deadline.getTime() <= now.getTime()) {
    throw new DeadlinePassedError();
  }
};

const appendBatch = async (
  store: MemoryEventStore,
  settings: StandInSettings,
  correlationId: string,
  batch: PendingBatch,
): Promise<BatchAppendResp> => {
  const streamName = streamNameOf(batch.options?.getStreamIdentifier());
  const reply = new BatchAppendResp().setCorrelationId(uuidOf(correlationId)).setStreamIdentifier(streamIdentifierOf(streamName));
  try {
    const expectedRevision = expectedRevisionFromWire(
      batch.options?.getExpectedStreamPositionCase() ?? 0,
      batch.options?.getStreamPosition() ?? '',
    );
    const events = toWireEvents(batch.messages, settings.version);
    await appendDelay(settings);
    checkDeadline(batch.options, new Date());
    const result = await appendWireEvents(store, streamName, events, expectedRevision, settings.clock());
    // A crash here stops the node: its reply is never written (the handler checks the lifetime) and the
    // stream ends with UNAVAILABLE, though the events are in the log.
    crashedAfterWrite(settings);
    const position = toWirePosition(result.position).toString();
    const at = new AllStreamPosition().setCommitPosition(position).setPreparePosition(position);
    return reply.setSuccess(
      new BatchAppendResp.Success().setCurrentRevision(result.nextExpectedRevision.toString()).setPosition(at),
    );
  } catch (error) {
    return reply.setError(toBatchAppendStatus(error, streamName));
  }
};

/**
 * One long-lived two-way stream for all of a client's appends. Requests are grouped by
 * correlation id until `is_final`; appends run one at a time, in the order their last request came.
 */
export const batchAppendHandler =
  (store: MemoryEventStore, settings: StandInSettings, lifetime: StopSignal): handleBidiStreamingCall<BatchAppendReq, BatchAppendResp> =>
  (call) => {
    const pending = new Map<string, PendingBatch>();
    let queue = Promise.resolve();
    const stopListening = lifetime.onStop(() => call.emit('error', shuttingDownError()));
    call.on('data', (request: BatchAppendReq) => {
      const correlationId = uuidStringOf(request.getCorrelationId());
      const batch = pending.get(correlationId) ?? { options: undefined, messages: [] };
      batch.options = request.getOptions() ?? batch.options;
      batch.messages.push(...request.getProposedMessagesList());
      if (!request.getIsFinal()) {
        pending.set(correlationId, batch);
        return;
      }
      pending.delete(correlationId);
      queue = queue
        .then(() => appendBatch(store, settings, correlationId, batch))
        .then((reply) => {
          if (!call.cancelled && !lifetime.stopped()) {
            call.write(reply);
          }
        });
    });
    call.on('end', () => {
      void queue.then(() => {
        stopListening();
        call.end();
      });
    });
    call.on('cancelled', stopListening);
  };
