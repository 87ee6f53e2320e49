export * from './sort-rows';
export * from './all-rows-query';
export * from './follow-up-worklist-query';
export * from './follow-ups-due-query';
export * from './outcome-queries';
export * from './participant-directory-query';
export * from './facility-coverage-query';
export * from './median-days-to-first-income-query';
