export * from './assessment-result';
export * from './release-type';
export * from './follow-up-contact';
export * from './employment';
export * from './milestone';
export * from './lifecycle-reasons';
export * from './staff-role';
