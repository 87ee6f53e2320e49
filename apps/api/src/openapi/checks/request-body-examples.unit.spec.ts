import { decodeCommand, formatDecodeError, type ParticipantCommandType } from '@binaan/domain';
import type { OperationObject, ParameterObject } from '@nestjs/swagger';
import * as E from 'fp-ts/Either';
import { commandInput, enrolmentInput } from '../../commands/command-input';
import type { CommandRequest } from '../../commands/command-request';
import { openApiDocument } from '../openapi-document';
import { exampleParticipantId } from '../participant-examples';
import { documentedOperations } from './documented-operations';
import { nationalScope } from '../../auth/caller-scope';

const commandOfRoute: Readonly<Record<string, ParticipantCommandType>> = {
  'post /participants': 'EnrollInmate',
  'post /participants/{participantId}/modules/{moduleId}/assessments': 'CompleteModule',
  'post /participants/{participantId}/release': 'RecordRelease',
  'post /participants/{participantId}/follow-ups': 'LogFollowUp',
  'post /participants/{participantId}/voids': 'VoidEntry',
  'post /participants/{participantId}/cancellation': 'CancelEnrolment',
  'post /participants/{participantId}/enrolment-corrections': 'CorrectEnrolment',
  'post /participants/{participantId}/exit': 'ExitParticipant',
  'post /participants/{participantId}/transfer': 'TransferParticipant',
  'post /participants/{participantId}/returns-to-custody': 'RecordReturnToCustody',
  'post /participants/{participantId}/consent-withdrawal': 'WithdrawConsent',
  'post /participants/{participantId}/contact-details': 'UpdateContactDetails',
  'post /participants/{participantId}/erasure': 'ErasePersonalData',
};

const withBodies = documentedOperations(openApiDocument())
  // Facility commands are checked in facility-body-example.unit.spec.ts; sign-in bodies against their schema in schema-examples.
  .filter(({ operation, path }) => operation.requestBody !== undefined && !path.startsWith('/facilities/') && !path.startsWith('/auth/'))
  .map(({ method, path, operation }) => ({ route: `${method} ${path}`, operation }));

const bodyExample = (operation: OperationObject): unknown =>
  operation.requestBody !== undefined && 'content' in operation.requestBody ? operation.requestBody.content['application/json']?.example : undefined;

/** The ids the URL names, taken from the path parameters' examples, as the route would hand them on. */
const pathIds = (operation: OperationObject): Readonly<Record<string, string>> =>
  Object.fromEntries(
    (operation.parameters ?? [])
      .filter((parameter): parameter is ParameterObject => 'in' in parameter && parameter.in === 'path')
      .map((parameter) => [parameter.name, String(parameter.example)]),
  );

/** Assembled and decoded as the command route does it: body, ids from the URL, the type the route names. */
const decodedExample = (type: ParticipantCommandType, operation: OperationObject) => {
  const request: CommandRequest = {
    actor: { id: 'demo-admin', role: 'admin' },
    scope: nationalScope,
    commandId: '7d0b6a8e-1c2f-4e3a-9b5d-6f7e8a9b0c1d',
    idempotent: false,
    expectedRevision: undefined,
    correlationId: undefined,
    body: bodyExample(operation),
    params: pathIds(operation),
  };
  const input =
    type === 'EnrollInmate' ? enrolmentInput(request, () => exampleParticipantId) : commandInput(type, request, request.params);
  return decodeCommand(input);
};

describe('request-body examples of the OpenAPI document', () => {
  it('are documented for exactly the command routes', () => {
    expect(withBodies.map(({ route }) => route)).toEqual(Object.keys(commandOfRoute));
  });

  it.each(withBodies)('$route: the example decodes with the domain codecs to its command, with no warning', ({ route, operation }) => {
    const type = commandOfRoute[route];
    if (type === undefined) throw new Error(`${route} has a request body but names no command`);
    const decoded = decodedExample(type, operation);
    const outcome = E.isLeft(decoded) ? formatDecodeError(decoded.left) : { type: decoded.right.command.type, warnings: decoded.right.warnings };
    expect(outcome).toEqual({ type, warnings: [] });
  });
});
