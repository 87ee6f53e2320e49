import { completeModule } from '../fixtures/command-fixtures';
import { inmateEnrolled, participantExited } from '../fixtures/event-fixtures';
import { given } from '../decider-spec/given-when-then';

describe('CompleteModule after an exit', () => {
  it('rejects an assessment of someone who has left the programme', () => {
    given([inmateEnrolled(), participantExited()]).when(completeModule('sulam-dasar', 'competent', '2019-07-01')).then('ParticipantHasExited');
  });
});
