/** A stream folded to its state, with what command handling needs to append after it. */
export interface LoadedStream<State> {
  readonly state: State;
  readonly revision: bigint | 'no_stream';
  /** The last event's chain hash, or undefined for an empty stream. */
  readonly lastHash: string | undefined;
  /**
   * The ids of the commands already in the stream, so a repeated command is recognised without a
   * read; what such a command wrote is read from the stream then (command-record.ts). Only ids are
   * kept: the cache holds thousands of streams, and a full record per command was most of its memory.
   * The set only ever gains ids of commands that are in the stream, so it may be shared and grown in
   * place by whoever appends (a stale holder then learns a true fact early, which is harmless).
   */
  readonly commandIds: Set<string>;
}
