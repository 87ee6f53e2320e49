import * as E from 'fp-ts/Either';
import type { ProjectionEvent } from './projection-event';

/** The fields of the four participant events that projections read (docs/event-catalogue.md). */
export type ParticipantEventView =
  | {
      readonly type: 'InmateEnrolled';
      readonly participantId: string;
      readonly programmeId: string;
      readonly curriculumVersion: number;
      readonly facilityId: string;
      readonly enrolledOn: string;
      readonly personalData: unknown;
    }
  | {
      readonly type: 'ModuleCompleted';
      readonly participantId: string;
      readonly moduleId: string;
      readonly competent: boolean;
      readonly assessedOn: string;
    }
  | {
      readonly type: 'InmateReleased';
      readonly participantId: string;
      readonly releaseType: string;
      readonly releasedOn: string;
      readonly supervisionEndsOn: string | null;
    }
  | {
      readonly type: 'FollowUpLogged';
      readonly participantId: string;
      readonly contactedOn: string;
      readonly reached: boolean;
      readonly employmentStatus: string | null;
      readonly milestone: string | null;
    };

type Data = ProjectionEvent['data'];

const text = (data: Data, field: string): string => {
  const value = data[field];
  if (typeof value !== 'string') {
    throw new TypeError(`data.${field}: must be a string`);
  }
  return value;
};

const optionalText = (data: Data, field: string): string | null => (data[field] === undefined || data[field] === null ? null : text(data, field));

const moduleResultIsCompetent = (data: Data): boolean =>
  // Schema version 1 said `passed: boolean`; reading it here keeps projections right even on a store without the upcaster.
  data['result'] === undefined && typeof data['passed'] === 'boolean' ? data['passed'] : text(data, 'result') === 'competent';

const employmentStatusOf = (data: Data): string | null => {
  const employment = data['employment'];
  return typeof employment === 'object' && employment !== null ? text(employment as Data, 'status') : null;
};

const viewOf = (type: string, data: Data): ParticipantEventView | null => {
  switch (type) {
    case 'InmateEnrolled':
      return {
        type,
        participantId: text(data, 'participantId'),
        programmeId: text(data, 'programmeId'),
        curriculumVersion: Number(data['curriculumVersion']),
        facilityId: text(data, 'facilityId'),
        enrolledOn: text(data, 'enrolledOn'),
        personalData: data['personalData'],
      };
    case 'ModuleCompleted':
      return {
        type,
        participantId: text(data, 'participantId'),
        moduleId: text(data, 'moduleId'),
        competent: moduleResultIsCompetent(data),
        assessedOn: text(data, 'assessedOn'),
      };
    case 'InmateReleased':
      return {
        type,
        participantId: text(data, 'participantId'),
        releaseType: text(data, 'releaseType'),
        releasedOn: text(data, 'releasedOn'),
        supervisionEndsOn: optionalText(data, 'supervisionEndsOn'),
      };
    case 'FollowUpLogged':
      return {
        type,
        participantId: text(data, 'participantId'),
        contactedOn: text(data, 'contactedOn'),
        reached: text(data, 'outcome') === 'reached',
        employmentStatus: employmentStatusOf(data),
        milestone: optionalText(data, 'milestone'),
      };
    default:
      return null;
  }
};

/**
 * Reads a participant event's fields; `right(null)` for events that are not participant events.
 * The store checked the data against the codecs on write, so this only guards against a store
 * that did not, and names the broken field when that happens.
 */
export const participantEventView = (event: ProjectionEvent): E.Either<string, ParticipantEventView | null> => {
  try {
    return E.right(viewOf(event.type, event.data));
  } catch (error) {
    return E.left(`${event.type} at position ${event.position}: ${error instanceof Error ? error.message : String(error)}`);
  }
};
