export * from './outcome-arithmetic';
export * from './small-group';
export * from './return-to-custody-window';
