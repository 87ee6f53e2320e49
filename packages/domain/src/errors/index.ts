export * from './domain-error';
export * from './enrolment-errors';
export * from './participant-errors';
export * from './module-errors';
export * from './release-errors';
export * from './follow-up-errors';
