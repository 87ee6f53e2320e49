/** Who issued a command. It comes from the caller's credentials, never from the command body. */
export interface Actor {
  readonly id: string;
  readonly role: string;
}

/** A decoded command plus everything command handling needs to record it. */
export interface CommandEnvelope<Command> {
  /** UUID; the HTTP Idempotency-Key. A command whose id is already in the stream writes nothing. */
  readonly commandId: string;
  readonly correlationId?: string;
  readonly causationId?: string;
  readonly actor: Actor;
  /** When given (HTTP If-Match), a mismatch is reported as a conflict instead of being retried. */
  readonly expectedRevision?: bigint | 'no_stream';
  readonly command: Command;
}
