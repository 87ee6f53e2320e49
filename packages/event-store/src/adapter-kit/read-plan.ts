import { InvalidArgumentError } from '../port/errors';
import { streamNameProblem } from '../port/limits';
import type { Direction, ReadAllOptions, ReadStreamOptions } from '../port/options';

/** Beyond every revision and position a store can hold (they are unsigned 64-bit in EventStoreDB). */
export const BEYOND_LAST = 2n ** 64n;

export interface StreamReadPlan {
  readonly direction: Direction;
  /** Inclusive in both directions. */
  readonly fromRevision: bigint;
  readonly maxCount: bigint;
}

export interface AllReadPlan {
  readonly direction: Direction;
  /** Inclusive forwards, exclusive backwards. */
  readonly fromPosition: bigint;
  readonly maxCount: bigint;
}

export const checkStreamNameToRead = (streamName: unknown): string => {
  const problem = streamNameProblem(streamName);
  if (problem !== undefined) throw new InvalidArgumentError('streamName', problem);
  return streamName as string;
};

const checkDirection = (direction: unknown): Direction => {
  if (direction === undefined || direction === 'forwards') return 'forwards';
  if (direction === 'backwards') return 'backwards';
  throw new InvalidArgumentError('options.direction', 'must be "forwards" or "backwards"');
};

const checkMaxCount = (maxCount: unknown): bigint => {
  if (maxCount === undefined) return BEYOND_LAST;
  if (typeof maxCount === 'bigint' && maxCount >= 0n) return maxCount;
  if (typeof maxCount === 'number' && Number.isSafeInteger(maxCount) && maxCount >= 0) return BigInt(maxCount);
  throw new InvalidArgumentError('options.maxCount', 'must be a non-negative integer');
};

/** 'start' and 'end' become numbers, so adapters compare bigints only. */
export const checkStartPoint = (value: unknown, field: string, fallback: 'start' | 'end'): bigint => {
  const point = value ?? fallback;
  if (point === 'start') return 0n;
  if (point === 'end') return BEYOND_LAST;
  if (typeof point === 'bigint' && point >= 0n) return point;
  throw new InvalidArgumentError(field, 'must be "start", "end" or a non-negative bigint');
};

export const planStreamRead = (options: ReadStreamOptions | undefined): StreamReadPlan => {
  const direction = checkDirection(options?.direction);
  const fallback = direction === 'forwards' ? 'start' : 'end';
  return {
    direction,
    fromRevision: checkStartPoint(options?.fromRevision, 'options.fromRevision', fallback),
    maxCount: checkMaxCount(options?.maxCount),
  };
};

export const planAllRead = (options: ReadAllOptions | undefined): AllReadPlan => {
  const direction = checkDirection(options?.direction);
  const fallback = direction === 'forwards' ? 'start' : 'end';
  return {
    direction,
    fromPosition: checkStartPoint(options?.fromPosition, 'options.fromPosition', fallback),
    maxCount: checkMaxCount(options?.maxCount),
  };
};
