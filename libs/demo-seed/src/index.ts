export * from './demo-defaults';
export * from './demo-clock';
export * from './seed-demo-programme';
export { planProgramme, type ProgrammePlan } from './plan/plan-programme';
export type { PlannedCommand } from './plan/planned-command';
export { LATE_RECORDING_DAYS } from './plan/recording-times';
export { seededRandom, type SeededRandom } from './random/seeded-random';
