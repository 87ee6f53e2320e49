import type { CallerScope } from '../auth/caller-scope';
import type { Actor } from '../auth/role';

/** What a command route hands to the CommandBus: the raw body and the request's context, not yet decoded. */
export interface CommandRequest {
  readonly actor: Actor;
  /** Where the caller may act: command handling judges it on the participant's own stream. */
  readonly scope: CallerScope;
  /** Derived from the caller and their Idempotency-Key when sent (caller-command-id.ts), otherwise fresh. */
  readonly commandId: string;
  /** True when the command id came from the client's Idempotency-Key. */
  readonly idempotent: boolean;
  readonly expectedRevision: bigint | undefined;
  /** Ties the request's events together in metadata (the X-Request-Id header when sent). */
  readonly correlationId: string | undefined;
  readonly body: unknown;
  /** Path parameters, e.g. participantId and moduleId. */
  readonly params: Readonly<Record<string, string>>;
}

/** How a command went, as HTTP: status, the stream revision for the ETag, and the JSON body. */
export interface CommandReply {
  readonly status: 200 | 201;
  readonly revision: bigint | undefined;
  readonly location: string | undefined;
  readonly body: Readonly<Record<string, unknown>>;
}
