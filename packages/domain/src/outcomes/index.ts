export * from './outcome-arithmetic';
export * from './small-group';
