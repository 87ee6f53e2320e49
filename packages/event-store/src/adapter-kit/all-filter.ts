import { InvalidArgumentError } from '../port/errors';
import type { AllFilter } from '../port/options';

export type EventMatcher = (streamName: string, type: string) => boolean;

const matchAll: EventMatcher = () => true;

const checkList = (value: unknown, field: string): readonly string[] | undefined => {
  if (value === undefined) return undefined;
  if (!Array.isArray(value) || value.length === 0 || value.some((item) => typeof item !== 'string' || item === '')) {
    throw new InvalidArgumentError(field, 'must be a non-empty array of non-empty strings');
  }
  return value;
};

/** A filter's test; with both lists an event must match a prefix and a type. */
export const compileFilter = (filter: AllFilter | undefined, field: string): EventMatcher => {
  if (filter === undefined) return matchAll;
  const prefixes = checkList(filter.streamPrefixes, `${field}.streamPrefixes`);
  const typeList = checkList(filter.eventTypes, `${field}.eventTypes`);
  const types = typeList === undefined ? undefined : new Set(typeList);
  if (prefixes === undefined && types === undefined) return matchAll;
  return (streamName, type) =>
    (types === undefined || types.has(type)) &&
    (prefixes === undefined || prefixes.some((prefix) => streamName.startsWith(prefix)));
};
