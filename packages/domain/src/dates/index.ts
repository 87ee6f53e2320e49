export * from './local-date';
export * from './date-arithmetic';
export type { CivilDate } from './epoch-day';
export * from './business-date';
