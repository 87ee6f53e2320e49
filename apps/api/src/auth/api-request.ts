import type { HttpRequest } from '../http/http-types';
import type { Actor } from './role';

/** An Express request once the auth guard has verified its token. */
export interface ApiRequest extends HttpRequest {
  actor?: Actor;
}
