import { Code } from '@eventstore/db-client/generated/code_pb';
import {
  AccessDenied,
  BadRequest,
  MaximumAppendSizeExceeded,
  StreamDeleted,
  Timeout,
  Unknown,
  WrongExpectedVersion,
} from '@eventstore/db-client/generated/shared_pb';
import { Status } from '@eventstore/db-client/generated/status_pb';
import { Any } from 'google-protobuf/google/protobuf/any_pb';
import { Empty as ProtobufEmpty } from 'google-protobuf/google/protobuf/empty_pb';
import { InvalidArgumentError, MAX_APPEND_BYTES, StreamDeletedError, WrongExpectedVersionError } from '@binaan/event-store';
import { streamIdentifierOf } from './wire-codec';
import { AccessDeniedError, AppendTooLargeError, DeadlinePassedError, MissingMetadataPropertyError, WireRequestError } from './wire-errors';

interface PackableMessage {
  serializeBinary(): Uint8Array;
}

const status = (code: Code, message: string, details: PackableMessage, typeName: string): Status => {
  const packed = new Any();
  packed.pack(details.serializeBinary(), `event_store.client.${typeName}`);
  return new Status().setCode(code).setMessage(message).setDetails(packed);
};

/** The oneofs of the shared WrongExpectedVersion take google.protobuf.Empty. */
const wrongExpectedVersion = (error: WrongExpectedVersionError): WrongExpectedVersion => {
  const details = new WrongExpectedVersion();
  if (error.actual === 'no_stream') {
    details.setCurrentNoStream(new ProtobufEmpty());
  } else {
    details.setCurrentStreamRevision(error.actual.toString());
  }
  switch (error.expected) {
    case 'any':
      return details.setExpectedAny(new ProtobufEmpty());
    case 'no_stream':
      return details.setExpectedNoStream(new ProtobufEmpty());
    case 'stream_exists':
      return details.setExpectedStreamExists(new ProtobufEmpty());
    default:
      return details.setExpectedStreamPosition(error.expected.toString());
  }
};

/** Port errors as BatchAppend reports them: a google.rpc.Status whose details pack the reason. */
export const toBatchAppendStatus = (error: unknown, streamName: string): Status => {
  if (error instanceof WrongExpectedVersionError) {
    return status(Code.ALREADY_EXISTS, error.message, wrongExpectedVersion(error), 'WrongExpectedVersion');
  }
  if (error instanceof StreamDeletedError) {
    const details = new StreamDeleted().setStreamIdentifier(streamIdentifierOf(streamName));
    return status(Code.NOT_FOUND, error.message, details, 'StreamDeleted');
  }
  if (error instanceof AppendTooLargeError) {
    const details = new MaximumAppendSizeExceeded().setMaxappendsize(MAX_APPEND_BYTES);
    return status(Code.INVALID_ARGUMENT, error.message, details, 'MaximumAppendSizeExceeded');
  }
  if (error instanceof DeadlinePassedError) {
    return status(Code.DEADLINE_EXCEEDED, error.message, new Timeout(), 'Timeout');
  }
  if (error instanceof AccessDeniedError) {
    return status(Code.PERMISSION_DENIED, error.message, new AccessDenied(), 'AccessDenied');
  }
  if (error instanceof InvalidArgumentError || error instanceof WireRequestError || error instanceof MissingMetadataPropertyError) {
    return status(Code.INVALID_ARGUMENT, error.message, new BadRequest().setMessage(error.message), 'BadRequest');
  }
  const message = error instanceof Error ? error.message : String(error);
  return status(Code.UNKNOWN, message, new Unknown(), 'Unknown');
};
