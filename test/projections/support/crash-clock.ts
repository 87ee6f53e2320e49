/** A fixed "today" shared by the killed child and the clean rebuild it is compared with. */
export const crashClock = (): Date => new Date('2021-06-30T05:00:00Z');
