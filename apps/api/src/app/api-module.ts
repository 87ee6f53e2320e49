import { Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_INTERCEPTOR } from '@nestjs/core';
import { CqrsModule } from '@nestjs/cqrs';
import { TerminusModule } from '@nestjs/terminus';
import type { AccountService } from '@binaan/accounts';
import type { Logger } from 'pino';
import { AuthController } from '../auth/auth.controller';
import type { SignInLimiter } from '../auth/sign-in-limiter';
import { AuthGuard } from '../auth/auth.guard';
import { OidcController } from '../auth/oidc/oidc.controller';
import type { OidcFlowCookies } from '../auth/oidc/oidc-flow-cookie';
import type { OidcSignIn } from '../auth/oidc/oidc-sign-in';
import type { TokenService } from '../auth/token-service';
import { createCommandExecutor } from '../commands/command-executor';
import { DashboardController } from '../dashboard/dashboard.controller';
import { FacilitiesController } from '../facilities/facilities.controller';
import { facilityCommandHandlers } from '../facilities/facility-handlers';
import { loadDashboardAssets } from '../dashboard/dashboard-assets';
import { StaffAppController } from '../staff-app/staff-app.controller';
import { loadStaffAppAssets } from '../staff-app/staff-app-assets';
import { createIdempotencyRegistry } from '../http/idempotency-registry';
import type { JsonBodyLimits } from '../http/json-body';
import { JsonBodyInterceptor } from '../http/json-body.interceptor';
import { ProblemFilter } from '../http/problem.filter';
import { HealthController } from '../operations/health.controller';
import type { ApiMetrics } from '../operations/metrics';
import { MetricsController } from '../operations/metrics.controller';
import { GracefulShutdown } from '../operations/shutdown';
import { participantCommandHandlers, participantQueryHandlers } from '../participants/participant-handlers';
import { ParticipantsController } from '../participants/participants.controller';
import { reportQueryHandlers } from '../reports/report-handlers';
import { OutcomeMembersController } from '../reports/outcome-members.controller';
import { PersonalDataAccessController } from '../reports/personal-data-access.controller';
import { ReportsController } from '../reports/reports.controller';
import { API_RUNTIME, type ApiRuntime } from '../runtime/api-runtime.port';
import {
  ACCOUNT_SERVICE,
  API_LOGGER,
  API_METRICS,
  COMMAND_EXECUTOR,
  DASHBOARD_ASSETS,
  STAFF_APP_ASSETS,
  IDEMPOTENCY_REGISTRY,
  JSON_BODY_LIMITS,
  OIDC_FLOW_COOKIES,
  OIDC_SIGN_IN,
  SIGN_IN_LIMITER,
  TOKEN_LIFETIME,
  TOKEN_SERVICE,
} from './injection-tokens';

export interface ApiModuleDependencies {
  readonly runtime: ApiRuntime;
  readonly tokens: TokenService;
  /** The staff accounts and their web sessions; the app closes them when it shuts down. */
  readonly accounts: AccountService;
  readonly signInLimiter: SignInLimiter;
  /** How long a token from POST /auth/token lives, e.g. '8h'. */
  readonly tokenLifetime: string;
  readonly logger: Logger;
  readonly metrics: ApiMetrics;
  /** The limits the app's JSON body parser applies; problems that name a limit name these. */
  readonly bodyLimits: JsonBodyLimits;
  /** OpenID Connect sign-in, or null when it is off; its flow cookies either way. */
  readonly oidc: OidcSignIn | null;
  readonly oidcFlows: OidcFlowCookies;
}

@Module({})
export class ApiModule {}

/** The whole API as one Nest module; every dependency arrives as a value, none is found by reflection. */
export const apiModule = ({ runtime, tokens, accounts, signInLimiter, tokenLifetime, logger, metrics, bodyLimits, oidc, oidcFlows }: ApiModuleDependencies): DynamicModule => {
  const idempotency = createIdempotencyRegistry();
  return {
    module: ApiModule,
    imports: [CqrsModule.forRoot(), TerminusModule.forRoot({ logger: false })],
    controllers: [AuthController, OidcController, ParticipantsController, FacilitiesController, ReportsController, OutcomeMembersController, PersonalDataAccessController, HealthController, MetricsController, DashboardController, StaffAppController],
    providers: [
      { provide: API_RUNTIME, useValue: runtime },
      { provide: TOKEN_SERVICE, useValue: tokens },
      { provide: ACCOUNT_SERVICE, useValue: accounts },
      { provide: SIGN_IN_LIMITER, useValue: signInLimiter },
      { provide: TOKEN_LIFETIME, useValue: tokenLifetime },
      { provide: OIDC_SIGN_IN, useValue: oidc },
      { provide: OIDC_FLOW_COOKIES, useValue: oidcFlows },
      { provide: 'ACCOUNTS_CLOSER', useValue: { onApplicationShutdown: () => accounts.close() } },
      { provide: API_LOGGER, useValue: logger },
      { provide: API_METRICS, useValue: metrics },
      { provide: IDEMPOTENCY_REGISTRY, useValue: idempotency },
      { provide: JSON_BODY_LIMITS, useValue: bodyLimits },
      { provide: COMMAND_EXECUTOR, useValue: createCommandExecutor({ runtime, metrics, idempotency, logger }) },
      { provide: DASHBOARD_ASSETS, useFactory: loadDashboardAssets },
      { provide: STAFF_APP_ASSETS, useFactory: loadStaffAppAssets },
      { provide: APP_GUARD, useClass: AuthGuard },
      { provide: APP_INTERCEPTOR, useClass: JsonBodyInterceptor },
      { provide: APP_FILTER, useClass: ProblemFilter },
      GracefulShutdown,
      ...participantCommandHandlers,
      ...participantQueryHandlers,
      ...facilityCommandHandlers,
      ...reportQueryHandlers,
    ],
  };
};
