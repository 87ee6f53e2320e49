import type { Metadata, ServerErrorResponse } from '@grpc/grpc-js';
import { Metadata as GrpcMetadata, status } from '@grpc/grpc-js';

/** Where the cluster's leader listens, as a follower tells a client that requires one. */
export interface LeaderEndpoint {
  readonly host: string;
  readonly port: number;
}

/** Undefined while this node is the leader (or stands alone). */
export type LeaderElsewhere = () => LeaderEndpoint | undefined;

/** `not-leader` (NOT_FOUND) with the leader's endpoint, as a follower answers `requires-leader: true`. */
export const notLeaderError = (leader: LeaderEndpoint): ServerErrorResponse => {
  const metadata = new GrpcMetadata();
  metadata.set('exception', 'not-leader');
  metadata.set('leader-endpoint-host', leader.host);
  metadata.set('leader-endpoint-port', String(leader.port));
  const details = `Leader info available: ${leader.host}:${leader.port}`;
  return Object.assign(new Error(details), { code: status.NOT_FOUND, details, metadata });
};

/** The leader to redirect to, when the call requires one and this node is not it. */
export const redirectFor = (metadata: Metadata, leaderElsewhere: LeaderElsewhere): LeaderEndpoint | undefined =>
  metadata.get('requires-leader')[0]?.toString() === 'true' ? leaderElsewhere() : undefined;

interface AnyCall {
  readonly metadata: Metadata;
  emit(event: 'error', error: ServerErrorResponse): boolean;
}

/**
 * Wraps a Streams handler of any kind: a call with `requires-leader: true` on a follower fails with
 * `not-leader` before the handler sees it (unary and client-streaming through the callback, streaming
 * calls through an error on the call).
 */
type LooseHandler = (call: AnyCall, callback?: (error: ServerErrorResponse) => void) => void;

export const leaderOnly = <Handler extends (...args: never[]) => void>(handler: Handler, leaderElsewhere: LeaderElsewhere): Handler =>
  ((call: AnyCall, callback?: (error: ServerErrorResponse) => void) => {
    const leader = redirectFor(call.metadata, leaderElsewhere);
    if (leader === undefined) {
      (handler as unknown as LooseHandler)(call, callback);
      return;
    }
    if (callback !== undefined) {
      callback(notLeaderError(leader));
    } else {
      call.emit('error', notLeaderError(leader));
    }
  }) as unknown as Handler;
