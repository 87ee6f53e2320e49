import type { ActualRevision } from '@binaan/event-store';

export interface WrittenEvent {
  readonly id: string;
  readonly type: string;
  readonly revision: bigint;
}

export interface CommandAccepted {
  readonly kind: 'accepted';
  readonly streamName: string;
  /** The stream's revision after the command: the value for an ETag. 'no_stream' if nothing was ever written. */
  readonly nextExpectedRevision: bigint | 'no_stream';
  /** Global position of the command's last event; undefined when it wrote nothing. */
  readonly position: bigint | undefined;
  readonly events: readonly WrittenEvent[];
  /** True when the command id was already in the stream: the first result is returned and nothing is written. */
  readonly repeated: boolean;
}

export interface CommandRejected<Rejection> {
  readonly kind: 'rejected';
  readonly error: Rejection;
}

export interface CommandConflict {
  readonly kind: 'conflict';
  readonly streamName: string;
  readonly expected: bigint | 'no_stream';
  readonly actual: ActualRevision;
}

export type CommandFailure<Rejection> = CommandRejected<Rejection> | CommandConflict;
