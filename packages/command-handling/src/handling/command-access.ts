/**
 * Whether the caller may act on a stream, judged on the state the command is about to be decided on
 * (the stream itself, never a read model). `hidden`: the caller may not learn that the stream exists,
 * so she is answered as for a stream that does not (an expected revision is checked against no stream,
 * then `error`, the rejection an empty stream gets). `refused`: she may know it, and `error` says why not.
 * Neither writes anything.
 */
export type CommandAccess<Rejection> =
  | { readonly kind: 'allowed' }
  | { readonly kind: 'hidden'; readonly error: Rejection }
  | { readonly kind: 'refused'; readonly error: Rejection };

export const accessAllowed: CommandAccess<never> = { kind: 'allowed' };
