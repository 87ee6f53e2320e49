export * from './participant-state';
export * from './decision';
export * from './evolve-participant';
export * from './participant-decider';
export * from './decide-enroll-inmate';
export * from './decide-complete-module';
export * from './decide-record-release';
export * from './decide-log-follow-up';
