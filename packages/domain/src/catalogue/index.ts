export * from './catalogue-codecs';
export * from './load-catalogue';
export * from './catalogue-lookup';
export * from './shipped-catalogue';
