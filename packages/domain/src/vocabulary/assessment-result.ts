import * as t from 'io-ts';
import { oneOf } from '../codecs/one-of';

/** K / BK of Indonesian competency assessment: kompeten, belum kompeten. */
export const assessmentResults = ['competent', 'not_yet_competent'] as const;
export const AssessmentResult = oneOf('AssessmentResult', assessmentResults);
export type AssessmentResult = t.TypeOf<typeof AssessmentResult>;
