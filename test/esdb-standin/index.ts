export { startEsdbStandIn, type EsdbStandIn, type EsdbStandInOptions } from './start-esdb-stand-in';
export type { AdvertisedFeatures } from './server-features';
export type { StreamsMethod } from './call-ledger';
