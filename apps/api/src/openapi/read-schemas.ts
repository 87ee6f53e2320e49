import { custodyReturnKinds, employmentStatuses, exitReasons, facilityClasses, incomeBands, milestones, releaseTypes, voidReasons } from '@binaan/domain';
import { peopleFigureNames } from '@binaan/projections';
import type { ReferenceObject, SchemaObject } from '@nestjs/swagger';
import { describedRef, enumOf, nullableDate, nullableEnumOf, nullableRef, schemaRef, uuid } from './schema-helpers';

const integer: SchemaObject = { type: 'integer' };
const milestoneMap = (item: SchemaObject | ReferenceObject): SchemaObject => ({
  type: 'object',
  required: [...milestones],
  properties: Object.fromEntries(milestones.map((milestone) => [milestone, item])),
});

const workSchema = (milestone: 'M6' | 'M12'): SchemaObject => ({
  type: 'object',
  description: `Work reported at the reached ${milestone} contact; a business still being planned is not work.`,
  required: ['ofReached', 'ofDue', 'usingTrainedSkill', 'incomeBands'],
  properties: {
    ofReached: describedRef('Ratio', `working ÷ reached at ${milestone}`),
    ofDue: describedRef('Ratio', `working ÷ due at ${milestone} (intention to treat)`),
    usingTrainedSkill: describedRef('Ratio', 'working in work that uses the trained skill ÷ working'),
    incomeBands: { type: 'object', required: [...incomeBands], properties: Object.fromEntries(incomeBands.map((band) => [band, integer])) },
  },
});

/** A group of fewer than ten people as a viewer sees it. */
const suppressedFigures: SchemaObject = {
  type: 'object',
  description: 'A group of fewer than 10 people, for a viewer: no count and no rate.',
  required: ['suppressed', 'enrolled', 'smallGroup'],
  properties: { suppressed: { type: 'boolean', enum: [true] }, enrolled: { type: 'string', enum: ['<10'] }, smallGroup: { type: 'boolean', enum: [true] } },
};

const stageNames = ['enrolled', 'graduated', 'released', 'exited'] as const;
/** A count of people, or "<10" for a viewer when it is 1 to 9. */
const stageCount: SchemaObject = { oneOf: [{ type: 'integer' }, { type: 'string', enum: ['<10'] }] };
const stageCounts = Object.fromEntries(stageNames.map((name) => [name, stageCount]));

const memberList: SchemaObject = {
  type: 'object',
  required: ['count', 'participantIds'],
  properties: { count: integer, participantIds: { type: 'array', items: uuid } },
};

/** With groupBy=homeRegency: a group per programme × home regency (null: not recorded), suppressed for viewers under 10 people. */
const homeRegencyOf: Readonly<Record<string, SchemaObject>> = {
  programmeId: { type: 'string' },
  homeRegency: {
    type: 'object',
    nullable: true,
    required: ['code', 'name'],
    properties: { code: { type: 'string', pattern: '^\\d{4}$' }, name: { type: 'string', nullable: true } },
  },
  outsideProgrammeRegency: { type: 'boolean', nullable: true },
};

const figures: Readonly<Record<string, SchemaObject | ReferenceObject>> = {
  enrolled: { type: 'integer', example: 12 },
  inTraining: { type: 'integer', example: 2 },
  graduated: { type: 'integer', example: 9 },
  released: { type: 'integer', example: 7 },
  suppressed: { type: 'boolean', enum: [false] },
  exits: {
    type: 'object',
    description: 'Left before graduation or release (ParticipantExited), by reason.',
    required: ['total', 'byReason', 'outsideProgrammeControl'],
    properties: {
      total: integer,
      byReason: { type: 'object', required: [...exitReasons], properties: Object.fromEntries(exitReasons.map((reason) => [reason, integer])) },
      outsideProgrammeControl: { type: 'integer', description: 'Exits by transfer out, health or death.' },
    },
  },
  completionRate: describedRef('Ratio', 'graduated ÷ enrolled'),
  completionRateExcludingOutsideExits: describedRef('Ratio', 'graduated ÷ (enrolled − exits outside the programme’s control)'),
  competencyRate: describedRef('Ratio', 'modules eventually assessed competent ÷ modules assessed'),
  firstAttemptCompetencyRate: describedRef('Ratio', 'modules assessed competent at the first attempt ÷ modules assessed'),
  contact: milestoneMap({
    type: 'object',
    required: ['due', 'attempted', 'reached', 'contactRate'],
    properties: {
      due: { type: 'integer', example: 7 },
      attempted: { type: 'integer', example: 6 },
      reached: { type: 'integer', example: 5 },
      contactRate: describedRef('Ratio', 'reached ÷ due'),
    },
  }),
  workingAtM6: describedRef('Ratio', 'reached at M6 reporting formal, informal or self-employed work ÷ reached at M6'),
  workingAtM12: describedRef('Ratio', 'as workingAtM6, at M12'),
  workAtM6: workSchema('M6'),
  workAtM12: workSchema('M12'),
  returnedToCustodyWithin12Months: describedRef(
    'Ratio',
    'returned to custody within 12 months of release ÷ released at least 12 months before the reference date',
  ),
  daysToFirstIncome: {
    type: 'object',
    description: 'Median days from release to the first reached contact that reports work (an upper bound).',
    required: ['median', 'known'],
    properties: { median: { type: 'number', nullable: true, example: 41 }, known: { type: 'integer', example: 4 } },
  },
  smallGroup: { type: 'boolean', description: 'Fewer than 10 enrolled: shown, but its rates say little.' },
};
const figureNames = Object.keys(figures);

/** Response bodies of the read routes; none holds personal data except Participant.personalData. */
const homeRegencyGroups: readonly SchemaObject[] = [
  { type: 'object', required: ['programmeId', 'homeRegency', ...figureNames], properties: { ...homeRegencyOf, ...figures } },
  {
    ...suppressedFigures,
    required: ['programmeId', 'homeRegency', ...(suppressedFigures.required ?? [])],
    properties: { ...homeRegencyOf, ...suppressedFigures.properties },
  },
];

export const readSchemas: Readonly<Record<string, SchemaObject>> = {
  Participant: {
    type: 'object',
    required: [
      'participantId', 'programmeId', 'curriculumVersion', 'facilityId', 'cohort', 'enrolledOn', 'status', 'modules',
      'graduatedOn', 'releasedOn', 'releaseType', 'supervisionEndsOn', 'followUps', 'firstIncomeOn', 'daysToFirstIncome', 'lifecycle',
    ],
    properties: {
      participantId: uuid,
      programmeId: { type: 'string', example: 'sulam-malang-2019' },
      curriculumVersion: { type: 'integer', example: 1 },
      facilityId: { type: 'string', example: 'lapas-perempuan-malang' },
      cohort: { type: 'string', example: '2019-03', description: 'Month of enrolment' },
      enrolledOn: { type: 'string', format: 'date' },
      status: { type: 'string', enum: ['in_training', 'graduated', 'exited', 'released', 'returned_to_custody'] },
      modules: {
        type: 'object',
        required: ['assessed', 'competent', 'assessedCount', 'competentCount'],
        properties: {
          assessed: { type: 'array', items: { type: 'string' }, example: ['sulam-dasar'] },
          competent: {
            type: 'object',
            description: 'Module id → the date it was first assessed competent.',
            additionalProperties: { type: 'string', format: 'date' },
            example: { 'sulam-dasar': '2019-04-20' },
          },
          assessedCount: integer,
          competentCount: integer,
        },
      },
      graduatedOn: nullableDate,
      releasedOn: nullableDate,
      releaseType: nullableEnumOf(releaseTypes),
      supervisionEndsOn: nullableDate,
      followUps: {
        type: 'object',
        required: ['attempted', 'reached', 'milestones'],
        properties: {
          attempted: integer,
          reached: integer,
          milestones: milestoneMap({
            type: 'object',
            required: ['attempts', 'reachedOn', 'employment'],
            properties: { attempts: integer, reachedOn: nullableDate, employment: nullableEnumOf(employmentStatuses) },
          }),
        },
      },
      firstIncomeOn: nullableDate,
      daysToFirstIncome: { type: 'integer', nullable: true },
      lifecycle: {
        type: 'object',
        description: 'Where she is now and how she left or came back; facilityId above stays the unit of enrolment.',
        required: [
          'currentFacilityId', 'transfers', 'exitedOn', 'exitReason', 'returnedToCustodyOn', 'custodyReturnKind', 'consentWithdrawnOn',
          'previousParticipantId',
        ],
        properties: {
          currentFacilityId: { type: 'string', example: 'lapas-perempuan-malang' },
          transfers: integer,
          exitedOn: nullableDate,
          exitReason: nullableEnumOf(exitReasons),
          returnedToCustodyOn: nullableDate,
          custodyReturnKind: nullableEnumOf(custodyReturnKinds),
          consentWithdrawnOn: nullableDate,
          previousParticipantId: { ...uuid, nullable: true, description: 'The earlier enrolment of the same person in the programme, when this is a re-enrolment.' },
        },
      },
      personalData: {
        type: 'object',
        nullable: true,
        description: 'Only for registrar, assessor, caseworker and admin; null when erased. Absent for other roles.',
        required: ['fullName', 'registrationNumber'],
        properties: { fullName: { type: 'string' }, registrationNumber: { type: 'string' } },
      },
    },
  },
  AuditEntry: {
    type: 'object',
    required: [
      'position', 'streamName', 'revision', 'eventType', 'eventId', 'businessDate', 'recordedAt', 'actor', 'commandId',
      'correlationId', 'causationId', 'hash',
    ],
    properties: {
      position: { type: 'string', example: '1207' },
      streamName: { type: 'string', example: 'participant-2b1f0c8e-7d3a-4c5b-9e1f-0a2b3c4d5e6f' },
      revision: { type: 'string', example: '0' },
      eventType: { type: 'string', example: 'InmateEnrolled' },
      eventId: { type: 'string', format: 'uuid', nullable: true },
      businessDate: nullableDate,
      recordedAt: { type: 'string', format: 'date-time', nullable: true },
      actor: { type: 'object', nullable: true, required: ['id', 'role'], properties: { id: { type: 'string' }, role: { type: 'string' } } },
      commandId: { type: 'string', nullable: true },
      correlationId: { type: 'string', nullable: true },
      causationId: { type: 'string', nullable: true },
      hash: { type: 'string', nullable: true, description: 'SHA-256 chain hash' },
    },
  },
  ParticipantHistory: {
    type: 'object',
    required: ['participantId', 'asOf', 'status', 'events'],
    properties: {
      participantId: uuid,
      asOf: {
        type: 'object',
        nullable: true,
        description: 'The cut replayed to; null for the live history.',
        properties: {
          businessDate: { type: 'string', format: 'date' },
          recordedAt: { type: 'string', format: 'date-time', description: 'Known at: events recorded at or before this instant' },
        },
      },
      status: nullableRef('Participant', 'The status at the cut; null when nothing about the participant was known by then.'),
      events: { type: 'array', items: schemaRef('HistoryEntry') },
    },
  },
  HistoryEntry: {
    description: 'An audit row of the participant’s stream, with how voids tie entries together.',
    allOf: [
      schemaRef('AuditEntry'),
      {
        type: 'object',
        required: ['voidedBy', 'voids'],
        properties: {
          voidedBy: { type: 'string', format: 'uuid', nullable: true, description: 'The id of the void that set this entry aside; null while it stands.' },
          voids: {
            type: 'object',
            nullable: true,
            description: 'For a void (EntryVoided): the entry it set aside and why; its note is personal data and is not shown.',
            required: ['eventId', 'eventType', 'reason'],
            properties: {
              eventId: uuid,
              eventType: { type: 'string', example: 'InmateReleased' },
              reason: enumOf(voidReasons),
            },
          },
        },
      },
    ],
  },
  AuditPage: {
    type: 'object',
    required: ['items', 'nextAfter'],
    properties: {
      items: { type: 'array', items: schemaRef('AuditEntry') },
      nextAfter: { type: 'string', nullable: true, description: 'Pass as ?after= for the next page; null on the last page.' },
    },
  },
  FacilityStages: {
    type: 'object',
    required: ['byFacility', 'groups'],
    properties: {
      byFacility: { type: 'array', items: { type: 'object', required: ['facilityId', ...stageNames], properties: { facilityId: { type: 'string' }, ...stageCounts } } },
      groups: {
        type: 'array',
        items: {
          type: 'object',
          required: ['programmeId', 'cohort', 'facilityId', ...stageNames],
          properties: { programmeId: { type: 'string' }, cohort: { type: 'string' }, facilityId: { type: 'string' }, ...stageCounts },
        },
      },
    },
  },
  SubjectReport: {
    type: 'object',
    required: ['kind', 'generatedAt', 'participantId', 'streamName', 'events', 'accessLog', 'linkedEnrolments'],
    properties: {
      kind: { type: 'string', enum: ['binaan-subject-report'] },
      generatedAt: { type: 'string', format: 'date-time' },
      participantId: uuid,
      streamName: { type: 'string' },
      events: {
        type: 'array',
        items: {
          type: 'object',
          required: ['revision', 'type', 'businessDate', 'recordedAt', 'actor', 'recorded'],
          properties: {
            revision: { type: 'string' },
            type: { type: 'string' },
            businessDate: { type: 'string', format: 'date', nullable: true },
            recordedAt: { type: 'string', format: 'date-time', nullable: true },
            actor: {
              type: 'object',
              required: ['id', 'role'],
              properties: { id: { type: 'string', nullable: true }, role: { type: 'string', nullable: true } },
            },
            recorded: { type: 'object', description: 'What the event records besides personal data', additionalProperties: true },
            personalData: {
              type: 'object',
              description: 'Present when the event sealed personal data: status ok with the data, or why it cannot be shown (erased, ...)',
              required: ['status'],
              properties: { status: { type: 'string' }, data: { type: 'object', additionalProperties: true } },
            },
          },
        },
      },
      accessLog: { type: 'array', items: { type: 'object', additionalProperties: true, description: 'As GET /audit/personal-data-access items' } },
      linkedEnrolments: { type: 'array', items: uuid, description: 'Her other enrolments (a re-enrolment is a new participant id)' },
    },
  },
  PersonalDataAccessPage: {
    type: 'object',
    required: ['items', 'nextAfter'],
    properties: {
      items: {
        type: 'array',
        items: {
          type: 'object',
          required: ['position', 'recordedAt', 'day', 'actor', 'purpose', 'participantIds'],
          properties: {
            position: { type: 'string', description: 'Global position of the disclosure record' },
            recordedAt: { type: 'string', format: 'date-time', nullable: true },
            day: { type: 'string', format: 'date', description: 'The business day (Asia/Jakarta) whose disclosure stream holds it' },
            actor: {
              type: 'object',
              nullable: true,
              required: ['id', 'role'],
              properties: { id: { type: 'string' }, role: { type: 'string' } },
            },
            purpose: { type: 'string', example: 'GET /participants/:id' },
            participantIds: { type: 'array', items: uuid },
          },
        },
      },
      nextAfter: { type: 'string', nullable: true, description: 'Pass as ?after= for the next page; null on the last page.' },
    },
  },
  OutcomeMembers: {
    type: 'object',
    required: ['figure', 'asOfDate', 'numerator', 'denominator'],
    properties: {
      figure: { type: 'string', enum: [...peopleFigureNames] },
      asOfDate: { type: 'string', format: 'date', description: 'The reference date the figure was measured on' },
      numerator: memberList,
      denominator: memberList,
    },
  },
  Outcomes: {
    type: 'object',
    required: ['asOfDate', 'total', 'funnel', 'groups'],
    properties: {
      asOfDate: nullableDate,
      groupBy: { type: 'string', enum: ['homeRegency'], description: 'Present when the groups are programme × home regency (groupBy=homeRegency).' },
      total: { oneOf: [{ type: 'object', required: figureNames, properties: figures }, suppressedFigures] },
      funnel: {
        type: 'array',
        items: {
          type: 'object',
          required: ['step', 'count', 'of', 'denominator'],
          properties: {
            step: { type: 'string', enum: ['enrolled', 'graduated', 'released', 'reachedAtM6', 'workingAtM6'] },
            count: { type: 'integer', example: 225 },
            of: { ...nullableEnumOf(['enrolled', 'dueAtM6', 'reachedAtM6']), description: 'What the step is a share of' },
            denominator: { type: 'integer', nullable: true, example: 300 },
          },
        },
      },
      groups: {
        type: 'array',
        items: {
          oneOf: [
            {
              type: 'object',
              required: ['programmeId', 'facilityId', 'cohort', ...figureNames],
              properties: { programmeId: { type: 'string' }, facilityId: { type: 'string' }, cohort: { type: 'string', example: '2019-03' }, ...figures },
            },
            {
              ...suppressedFigures,
              required: ['programmeId', 'facilityId', 'cohort', ...(suppressedFigures.required ?? [])],
              properties: { programmeId: { type: 'string' }, facilityId: { type: 'string' }, cohort: { type: 'string' }, ...suppressedFigures.properties },
            },
            ...homeRegencyGroups,
          ],
        },
      },
    },
  },
  FollowUpsDue: {
    type: 'object',
    required: ['today', 'total', 'byMilestone'],
    properties: {
      today: { type: 'string', format: 'date' },
      total: schemaRef('DueCounts'),
      byMilestone: milestoneMap(schemaRef('DueCounts')),
      nextAfter: {
        type: 'string',
        nullable: true,
        description: 'With `items`: pass as ?after= for the next page; null on the last page. The counts always cover the whole list.',
      },
      items: {
        type: 'array',
        description: 'Only for registrar, caseworker, auditor and admin: one page, ordered by window close (overdue first), then participant id.',
        items: {
          type: 'object',
          required: [
            'participantId', 'programmeId', 'facilityId', 'milestone', 'releasedOn', 'dueOn', 'windowOpensOn', 'windowClosesOn',
            'attempts', 'state',
          ],
          properties: {
            participantId: uuid,
            programmeId: { type: 'string', example: 'sulam-malang-2019' },
            facilityId: { type: 'string', example: 'lapas-perempuan-malang' },
            homeRegency: {
              type: 'object',
              nullable: true,
              description: 'Where she goes home to (BPS code and catalogue name); null when not recorded.',
              required: ['code', 'name'],
              properties: { code: { type: 'string', pattern: '^\\d{4}$' }, name: { type: 'string', nullable: true } },
            },
            outsideProgrammeRegency: {
              type: 'boolean',
              nullable: true,
              description: 'True when the home regency is not the programme’s own (catalogue `regency`): hand the contact to that regency’s office.',
            },
            milestone: { type: 'string', enum: [...milestones] },
            releasedOn: { type: 'string', format: 'date' },
            dueOn: { type: 'string', format: 'date' },
            windowOpensOn: { type: 'string', format: 'date' },
            windowClosesOn: { type: 'string', format: 'date' },
            attempts: integer,
            state: { type: 'string', enum: ['due', 'overdue'] },
            contact: {
              type: 'object',
              nullable: true,
              description:
                'Only with `?contacts=true`, for a caseworker: who she is and how to reach her (each field only when given at release or since); null when she is outside the caseworker’s facilities. The disclosure is recorded.',
              required: ['fullName', 'registrationNumber'],
              properties: {
                fullName: { type: 'string' },
                registrationNumber: { type: 'string' },
                phone: { type: 'string' },
                addressAfterRelease: { type: 'string' },
                familyContact: {
                  type: 'object',
                  required: ['name', 'relationship', 'phone'],
                  properties: { name: { type: 'string' }, relationship: { type: 'string' }, phone: { type: 'string' } },
                },
                preferredChannel: { type: 'string', enum: ['phone', 'whatsapp', 'sms', 'visit', 'family'] },
              },
            },
          },
        },
      },
    },
  },
  FoundParticipants: {
    type: 'object',
    required: ['items'],
    description: 'Participants within the caller’s scope, each with her name and registration number (recorded as a disclosure), by name.',
    properties: {
      items: {
        type: 'array',
        items: { allOf: [schemaRef('Participant'), { type: 'object', required: ['personalData'] }] },
      },
    },
  },
  DueCounts: {
    type: 'object',
    required: ['due', 'overdue'],
    properties: { due: integer, overdue: integer },
  },
  Catalogue: {
    type: 'object',
    required: ['programmes', 'facilities', 'regencies'],
    properties: {
      programmes: { type: 'array', items: schemaRef('Programme') },
      facilities: { type: 'array', items: schemaRef('Facility') },
      regencies: {
        type: 'array',
        description: 'The kabupaten and kota (BPS codes) a person may return to.',
        items: {
          type: 'object',
          required: ['code', 'name'],
          properties: { code: { type: 'string', pattern: '^[1-9][0-9]{3}$', example: '3507' }, name: { type: 'string', example: 'Kabupaten Malang' } },
        },
      },
    },
  },
  Programme: {
    type: 'object',
    description: 'One curriculum version of a programme.',
    required: ['id', 'curriculumVersion', 'title', 'regency', 'offeredAt', 'providers', 'modules'],
    properties: {
      id: { type: 'string', example: 'sulam-malang-2019' },
      curriculumVersion: { type: 'integer', minimum: 1 },
      title: { type: 'string' },
      regency: { type: 'string', pattern: '^[1-9][0-9]{3}$', description: 'The regency whose manpower office runs the programme.' },
      offeredAt: { type: 'array', items: { type: 'string' }, description: 'The prison units that run it.' },
      providers: {
        type: 'array',
        description: 'The training institutes (LPK) that deliver it.',
        items: { type: 'object', required: ['id', 'name'], properties: { id: { type: 'string' }, name: { type: 'string' } } },
      },
      modules: {
        type: 'array',
        items: {
          type: 'object',
          required: ['id', 'title', 'hours', 'required', 'prerequisites'],
          properties: {
            id: { type: 'string', example: 'sulam-dasar' },
            title: { type: 'string' },
            hours: { type: 'integer', minimum: 1 },
            required: { type: 'boolean', description: 'Needed to graduate.' },
            prerequisites: { type: 'array', items: { type: 'string' }, description: 'Modules to be assessed competent first.' },
          },
        },
      },
    },
  },
  Facility: {
    type: 'object',
    description: 'A prison unit (UPT).',
    required: ['id', 'name', 'class', 'region'],
    properties: {
      id: { type: 'string', example: 'lapas-perempuan-malang' },
      name: { type: 'string' },
      class: { type: 'string', enum: [...facilityClasses] },
      region: { type: 'string' },
    },
  },
};
