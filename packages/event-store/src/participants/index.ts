export * from './enrolment-reservation';
export * from './binaan-event-schema';
export * from './business-date';
export * from './participant-command-errors';
export * from './participant-command-handler';
