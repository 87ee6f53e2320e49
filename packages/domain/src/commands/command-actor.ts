import type * as t from 'io-ts';
import { boundedString } from '../codecs/bounded-string';
import { struct } from '../codecs/struct';
import { StaffRole } from '../vocabulary/staff-role';

/**
 * Who gives a command whose rules depend on the person (a void or a cancellation: separation of
 * duties). Command handling fills it in from the authenticated actor; it never comes from the input.
 */
export const CommandActor = struct('CommandActor', 'reject', { id: boundedString('ActorId', 1, 200), role: StaffRole });
export type CommandActor = t.TypeOf<typeof CommandActor>;
