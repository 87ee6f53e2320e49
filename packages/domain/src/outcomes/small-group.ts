/**
 * Groups of fewer people than this say little through their rates, and can point at one person:
 * staff and auditors see them flagged, viewers see them suppressed.
 */
export const SMALL_GROUP_THRESHOLD = 10;

/** A group of exactly the threshold is not small: ten people are enough to show a rate. */
export const isSmallGroup = (people: number): boolean => people < SMALL_GROUP_THRESHOLD;
