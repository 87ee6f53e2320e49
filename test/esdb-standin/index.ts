export { startEsdbStandIn, type EsdbStandIn, type EsdbStandInOptions } from './start-esdb-stand-in';
export type { AdvertisedFeatures } from './server-features';
export type { AllSubscriptionStart, StreamsMethod } from './call-ledger';
export type { ImitatedServerVersion } from './server-version';
export { appendLink, appendRecord, appendSystemProjectionLinks, seedForeignEvents, seedServerRecords, type SeedRecord } from './seed-records';
export { LINK_TYPE } from './link-resolution';
export { startEsdbClusterStandIn, type EsdbClusterStandIn, type EsdbClusterStandInOptions } from './start-esdb-cluster-stand-in';
