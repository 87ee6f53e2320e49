import { v5 as uuidV5 } from 'uuid';
import type { Actor } from '../auth/role';

/** Names command ids derived from a caller and their Idempotency-Key. */
const CALLER_COMMAND_ID_NAMESPACE = '5e2f9a61-3c7d-5b48-a0e6-1d9c4b7f2e83';

/**
 * The command id of a request sent with an Idempotency-Key: the key as seen by this caller (token
 * subject and role). The API's memory and the event store both recognise a repeat by command id, so
 * the same key from someone else is another command: it never gets this caller's reply, and nothing
 * it does (accepted or refused) is held against this caller's request.
 */
export const callerCommandId = (actor: Actor, idempotencyKey: string): string =>
  uuidV5(JSON.stringify([actor.id, actor.role, idempotencyKey.toLowerCase()]), CALLER_COMMAND_ID_NAMESPACE);
