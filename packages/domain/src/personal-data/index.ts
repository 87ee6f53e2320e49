export * from './encrypted-envelope';
export * from './enrolment-personal-data';
export * from './follow-up-personal-data';
export * from './nik-birth-date';
export * from './personal-data-carriers';
