export * from './enroll-inmate';
export * from './complete-module';
export * from './record-release';
export * from './log-follow-up';
export * from './participant-command';
export * from './seal-command';
