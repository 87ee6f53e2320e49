export * from './uuid-ids';
export * from './slug-ids';
export * from './registration-class';
export * from './nik';
export * from './regency-code';
