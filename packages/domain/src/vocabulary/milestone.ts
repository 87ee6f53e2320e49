import * as t from 'io-ts';
import { oneOf } from '../codecs/one-of';

/** Follow-up milestones after release: M1, M3, M6 and M12 months. */
export const milestones = ['M1', 'M3', 'M6', 'M12'] as const;
export const Milestone = oneOf('Milestone', milestones);
export type Milestone = t.TypeOf<typeof Milestone>;
