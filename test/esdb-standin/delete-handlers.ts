import type { handleUnaryCall } from '@grpc/grpc-js';
import type { StreamIdentifier } from '@eventstore/db-client/generated/shared_pb';
import { DeleteReq, DeleteResp, TombstoneReq, TombstoneResp } from '@eventstore/db-client/generated/streams_pb';
import type { DeleteOptions, EventStore } from '@binaan/event-store';
import { expectedRevisionFromWire } from './expected-revision';
import { streamNameOf } from './wire-codec';
import { toServiceError } from './wire-errors';
import { toWirePosition } from './wire-position';

interface DeletionRequest {
  getOptions():
    | {
        getStreamIdentifier(): StreamIdentifier | undefined;
        getExpectedStreamRevisionCase(): number;
        getRevision(): string;
      }
    | undefined;
}

type Deletion = (streamName: string, options: DeleteOptions) => Promise<{ readonly position: bigint }>;

/** Delete and Tombstone are unary; conflicts and deleted streams come back as statuses with trailers. */
const deletionHandler =
  <Request extends DeletionRequest, Reply>(
    deletion: Deletion,
    reply: (position: string) => Reply,
  ): handleUnaryCall<Request, Reply> =>
  (call, callback) => {
    const options = call.request.getOptions();
    const streamName = streamNameOf(options?.getStreamIdentifier());
    const expectedRevision = expectedRevisionFromWire(
      options?.getExpectedStreamRevisionCase() ?? 0,
      options?.getRevision() ?? '',
    );
    deletion(streamName, { expectedRevision }).then(
      ({ position }) => callback(null, reply(toWirePosition(position).toString())),
      (error: unknown) => callback(toServiceError(error, streamName)),
    );
  };

export const deleteHandler = (store: EventStore): handleUnaryCall<DeleteReq, DeleteResp> =>
  deletionHandler(
    (streamName, options) => store.deleteStream(streamName, options),
    (position) => new DeleteResp().setPosition(new DeleteResp.Position().setCommitPosition(position).setPreparePosition(position)),
  );

export const tombstoneHandler = (store: EventStore): handleUnaryCall<TombstoneReq, TombstoneResp> =>
  deletionHandler(
    (streamName, options) => store.tombstoneStream(streamName, options),
    (position) =>
      new TombstoneResp().setPosition(new TombstoneResp.Position().setCommitPosition(position).setPreparePosition(position)),
  );
