import type { LiveSession } from '@binaan/accounts';
import type { HttpRequest } from '../http/http-types';
import type { CallerScope } from './caller-scope';
import type { Actor } from './role';

/** An Express request once the auth guard has verified its caller. */
export interface ApiRequest extends HttpRequest {
  /** Who acts; written into event metadata as it is. */
  actor?: Actor;
  /** Where she may act; never written into events. */
  scope?: CallerScope;
  /** The web session, when the caller signed in by the session cookie (not by a bearer token). */
  session?: LiveSession & { readonly token: string };
}
