import { milestones } from '@binaan/domain';
import type { SchemaObject } from '@nestjs/swagger';

const ratio = { $ref: '#/components/schemas/Ratio' };
const date = { type: 'string', format: 'date', nullable: true } as const;
const milestoneMap = (item: SchemaObject): SchemaObject => ({
  type: 'object',
  properties: Object.fromEntries(milestones.map((milestone) => [milestone, item])),
});

const figures: Readonly<Record<string, SchemaObject>> = {
  enrolled: { type: 'integer', example: 12 },
  inTraining: { type: 'integer', example: 2 },
  graduated: { type: 'integer', example: 9 },
  released: { type: 'integer', example: 7 },
  completionRate: { ...ratio, description: 'graduated ÷ enrolled' },
  competencyRate: { ...ratio, description: 'competent assessments ÷ assessments' },
  contact: milestoneMap({
    type: 'object',
    properties: {
      due: { type: 'integer', example: 7 },
      attempted: { type: 'integer', example: 6 },
      reached: { type: 'integer', example: 5 },
      contactRate: { ...ratio, description: 'reached ÷ due' },
    },
  }),
  workingAtM6: { ...ratio, description: 'reached at M6 reporting formal, informal or self-employed work ÷ reached at M6' },
  workingAtM12: { ...ratio, description: 'as workingAtM6, at M12' },
  daysToFirstIncome: {
    type: 'object',
    description: 'Median days from release to the first reached contact that reports work (an upper bound).',
    properties: { median: { type: 'number', nullable: true, example: 41 }, known: { type: 'integer', example: 4 } },
  },
  smallGroup: { type: 'boolean', description: 'Fewer than 10 enrolled: shown, but its rates say little.' },
};

/** Response bodies of the read routes; none holds personal data except Participant.personalData. */
export const readSchemas: Readonly<Record<string, SchemaObject>> = {
  Participant: {
    type: 'object',
    properties: {
      participantId: { type: 'string', format: 'uuid' },
      programmeId: { type: 'string', example: 'sulam-malang-2019' },
      curriculumVersion: { type: 'integer', example: 1 },
      facilityId: { type: 'string', example: 'lapas-perempuan-malang' },
      cohort: { type: 'string', example: '2019-03', description: 'Month of enrolment' },
      enrolledOn: { type: 'string', format: 'date' },
      status: { type: 'string', enum: ['in_training', 'graduated', 'released'] },
      modules: {
        type: 'object',
        properties: {
          assessed: { type: 'array', items: { type: 'string' }, example: ['sulam-dasar'] },
          competent: { type: 'object', additionalProperties: { type: 'string', format: 'date' }, example: { 'sulam-dasar': '2019-04-20' } },
          assessedCount: { type: 'integer' },
          competentCount: { type: 'integer' },
        },
      },
      graduatedOn: date,
      releasedOn: date,
      releaseType: { type: 'string', nullable: true },
      supervisionEndsOn: date,
      followUps: {
        type: 'object',
        properties: {
          attempted: { type: 'integer' },
          reached: { type: 'integer' },
          milestones: milestoneMap({
            type: 'object',
            properties: { attempts: { type: 'integer' }, reachedOn: date, employment: { type: 'string', nullable: true } },
          }),
        },
      },
      firstIncomeOn: date,
      daysToFirstIncome: { type: 'integer', nullable: true },
      personalData: {
        type: 'object',
        nullable: true,
        description: 'Only for registrar, assessor, caseworker and admin; null when erased. Absent for other roles.',
        properties: { fullName: { type: 'string' }, registrationNumber: { type: 'string' } },
      },
    },
  },
  AuditEntry: {
    type: 'object',
    properties: {
      position: { type: 'string', example: '1207' },
      streamName: { type: 'string', example: 'participant-2b1f0c8e-7d3a-4c5b-9e1f-0a2b3c4d5e6f' },
      revision: { type: 'string', example: '0' },
      eventType: { type: 'string', example: 'InmateEnrolled' },
      eventId: { type: 'string', format: 'uuid', nullable: true },
      businessDate: date,
      recordedAt: { type: 'string', format: 'date-time', nullable: true },
      actor: { type: 'object', nullable: true, properties: { id: { type: 'string' }, role: { type: 'string' } } },
      commandId: { type: 'string', nullable: true },
      correlationId: { type: 'string', nullable: true },
      causationId: { type: 'string', nullable: true },
      hash: { type: 'string', nullable: true, description: 'SHA-256 chain hash' },
    },
  },
  ParticipantHistory: {
    type: 'object',
    properties: {
      participantId: { type: 'string', format: 'uuid' },
      asOf: {
        type: 'object',
        nullable: true,
        properties: { businessDate: { type: 'string', format: 'date' }, recordedAt: { type: 'string', format: 'date-time', description: 'Known at: events recorded at or before this instant' } },
      },
      status: { allOf: [{ $ref: '#/components/schemas/Participant' }], nullable: true },
      events: { type: 'array', items: { $ref: '#/components/schemas/AuditEntry' } },
    },
  },
  AuditPage: {
    type: 'object',
    properties: {
      items: { type: 'array', items: { $ref: '#/components/schemas/AuditEntry' } },
      nextAfter: { type: 'string', nullable: true, description: 'Pass as ?after= for the next page.' },
    },
  },
  Outcomes: {
    type: 'object',
    properties: {
      asOfDate: { type: 'string', format: 'date', nullable: true },
      total: { type: 'object', properties: figures },
      funnel: {
        type: 'array',
        items: {
          type: 'object',
          properties: {
            step: { type: 'string', enum: ['enrolled', 'graduated', 'released', 'reachedAtM6', 'workingAtM6'] },
            count: { type: 'integer', example: 225 },
            of: { type: 'string', nullable: true, enum: ['enrolled', 'dueAtM6', 'reachedAtM6'], description: 'What the step is a share of' },
            denominator: { type: 'integer', nullable: true, example: 300 },
          },
        },
      },
      groups: {
        type: 'array',
        items: {
          type: 'object',
          properties: { programmeId: { type: 'string' }, facilityId: { type: 'string' }, cohort: { type: 'string', example: '2019-03' }, ...figures },
        },
      },
    },
  },
  FollowUpsDue: {
    type: 'object',
    properties: {
      today: { type: 'string', format: 'date' },
      total: { type: 'object', properties: { due: { type: 'integer' }, overdue: { type: 'integer' } } },
      byMilestone: milestoneMap({ type: 'object', properties: { due: { type: 'integer' }, overdue: { type: 'integer' } } }),
      items: {
        type: 'array',
        description: 'Only for registrar, caseworker, auditor and admin.',
        items: {
          type: 'object',
          properties: {
            participantId: { type: 'string', format: 'uuid' },
            milestone: { type: 'string', enum: [...milestones] },
            dueOn: { type: 'string', format: 'date' },
            windowOpensOn: { type: 'string', format: 'date' },
            windowClosesOn: { type: 'string', format: 'date' },
            attempts: { type: 'integer' },
            state: { type: 'string', enum: ['due', 'overdue'] },
          },
        },
      },
    },
  },
  Catalogue: {
    type: 'object',
    properties: {
      programmes: { type: 'array', items: { type: 'object' }, description: 'Each with id, curriculumVersion, title, providers and modules.' },
      facilities: { type: 'array', items: { type: 'object' }, description: 'Each with id, name, class and region.' },
    },
  },
};
