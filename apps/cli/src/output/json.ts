/** JSON for machines: bigints (revisions, positions) become decimal strings, as on the EventStoreDB wire. */
export const toJson = (value: unknown, indent = 2): string =>
  JSON.stringify(value, (_key, item: unknown) => (typeof item === 'bigint' ? item.toString() : item), indent);
