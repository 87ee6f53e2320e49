import type { handleClientStreamingCall } from '@grpc/grpc-js';
import { Empty } from '@eventstore/db-client/generated/shared_pb';
import { AppendReq, AppendResp } from '@eventstore/db-client/generated/streams_pb';
import { WrongExpectedVersionError, type MemoryEventStore } from '@binaan/event-store';
import { expectedRevisionFromWire } from './expected-revision';
import { toWireEvents, type WireProposedMessage } from './proposed-events';
import { appendDelay, crashedAfterWrite, type StandInSettings } from './stand-in-settings';
import { appendWireEvents } from './wire-append';
import { streamNameOf } from './wire-codec';
import { shuttingDownError, toServiceError } from './wire-errors';
import { toWirePosition } from './wire-position';

/** The current fields (6 to 11), not the deprecated *_20_6_0 ones the 6.x client ignores. */
const wrongExpectedVersion = (error: WrongExpectedVersionError): AppendResp => {
  const details = new AppendResp.WrongExpectedVersion();
  if (error.actual === 'no_stream') {
    details.setCurrentNoStream(new Empty());
  } else {
    details.setCurrentRevision(error.actual.toString());
  }
  switch (error.expected) {
    case 'any':
      return new AppendResp().setWrongExpectedVersion(details.setExpectedAny(new Empty()));
    case 'no_stream':
      return new AppendResp().setWrongExpectedVersion(details.setExpectedNoStream(new Empty()));
    case 'stream_exists':
      return new AppendResp().setWrongExpectedVersion(details.setExpectedStreamExists(new Empty()));
    default:
      return new AppendResp().setWrongExpectedVersion(details.setExpectedRevision(error.expected.toString()));
  }
};

const success = (revision: bigint, position: bigint): AppendResp => {
  const wire = toWirePosition(position).toString();
  const at = new AppendResp.Position().setCommitPosition(wire).setPreparePosition(wire);
  return new AppendResp().setSuccess(new AppendResp.Success().setCurrentRevision(revision.toString()).setPosition(at));
};

/** Client-streaming Append: an `options` message, then one `proposed_message` per event. */
export const appendHandler =
  (store: MemoryEventStore, settings: StandInSettings): handleClientStreamingCall<AppendReq, AppendResp> =>
  (call, callback) => {
    let options: AppendReq.Options | undefined;
    const messages: WireProposedMessage[] = [];
    call.on('data', (request: AppendReq) => {
      if (request.hasOptions()) {
        options = request.getOptions();
      }
      const message = request.getProposedMessage();
      if (message !== undefined) {
        messages.push(message);
      }
    });
    call.on('end', () => {
      const streamName = streamNameOf(options?.getStreamIdentifier());
      const expectedRevision = expectedRevisionFromWire(
        options?.getExpectedStreamRevisionCase() ?? 0,
        options?.getRevision() ?? '',
      );
      appendDelay(settings)
        .then(() => appendWireEvents(store, streamName, toWireEvents(messages, settings.version), expectedRevision, settings.clock()))
        .then(
          (result) =>
            crashedAfterWrite(settings) ? callback(shuttingDownError()) : callback(null, success(result.nextExpectedRevision, result.position)),
          (error: unknown) =>
            error instanceof WrongExpectedVersionError
              ? callback(null, wrongExpectedVersion(error))
              : callback(toServiceError(error, streamName)),
        );
    });
  };
