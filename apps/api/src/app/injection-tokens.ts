/** Nest injection tokens of the API's own providers (the runtime's token lives beside its port). */
export const API_LOGGER = 'API_LOGGER';
export const API_METRICS = 'API_METRICS';
export const TOKEN_SERVICE = 'TOKEN_SERVICE';
export const IDEMPOTENCY_REGISTRY = 'IDEMPOTENCY_REGISTRY';
export const COMMAND_EXECUTOR = 'COMMAND_EXECUTOR';
export const DASHBOARD_ASSETS = 'DASHBOARD_ASSETS';
export const STAFF_APP_ASSETS = 'STAFF_APP_ASSETS';
export const JSON_BODY_LIMITS = 'JSON_BODY_LIMITS';
export const ACCOUNT_SERVICE = 'ACCOUNT_SERVICE';
export const SIGN_IN_LIMITER = 'SIGN_IN_LIMITER';
export const TOKEN_LIFETIME = 'TOKEN_LIFETIME';
/** The OpenID Connect sign-in, or null when OIDC_ISSUER is not set. */
export const OIDC_SIGN_IN = 'OIDC_SIGN_IN';
export const OIDC_FLOW_COOKIES = 'OIDC_FLOW_COOKIES';
