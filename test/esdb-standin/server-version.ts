/**
 * The EventStoreDB release the stand-in imitates where releases differ: what ServerFeatures reports
 * and how the maximum append size is counted.
 */
export type ImitatedServerVersion = '23.10' | '24.10';

export const reportedVersion = (version: ImitatedServerVersion): string => (version === '23.10' ? '23.10.6' : '24.10.4');

/** The bytes one proposed event counts for against MaxAppendSize. */
export const countedAppendBytes = (
  version: ImitatedServerVersion,
  event: { readonly data: Uint8Array; readonly metadata: Uint8Array; readonly type: string },
): number =>
  // 23.10 (and 24.10 before .4): a precedence slip in Event.SizeOnDisk leaves only the data counted.
  version === '23.10' ? event.data.length : event.data.length + event.metadata.length + 2 * Buffer.byteLength(event.type, 'utf8');
