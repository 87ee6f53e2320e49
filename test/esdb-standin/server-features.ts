import type { handleUnaryCall } from '@grpc/grpc-js';
import type { Empty } from '@eventstore/db-client/generated/shared_pb';
import { SupportedMethod, SupportedMethods } from '@eventstore/db-client/generated/serverfeatures_pb';
import { reportedVersion, type ImitatedServerVersion } from './server-version';

const STREAMS_SERVICE = 'event_store.client.streams.streams';

/** Which Streams methods the stand-in lists; without BatchAppend the client appends with Append. */
export type AdvertisedFeatures = 'all' | 'without-batch-append';

/** Method names lower-cased, as EventStoreDB lists them (the client compares case-insensitively). */
export const serverFeaturesHandler =
  (features: AdvertisedFeatures, version: ImitatedServerVersion): handleUnaryCall<Empty, SupportedMethods> =>
  (_call, callback) => {
    const names = ['append', 'read', 'delete', 'tombstone', ...(features === 'all' ? ['batchappend'] : [])];
    const methods = names.map((name) => new SupportedMethod().setServiceName(STREAMS_SERVICE).setMethodName(name));
    callback(null, new SupportedMethods().setMethodsList(methods).setEventStoreServerVersion(reportedVersion(version)));
  };
