import { RecordFacilityPopulationHandler } from './record-facility-population.handler';

export const facilityCommandHandlers = [RecordFacilityPopulationHandler];
