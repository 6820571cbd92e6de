import { DEMO, ParticipantRelationEntity } from '@steg/access';
import type { DemoSeed } from '@steg/database';
import type { EducationLevel, Protection, TimeWithoutWork } from '../domain/participant.types';
import { ParticipantEntity, ParticipantIdentifierEntity } from '../participant.entity';

interface DemoPerson {
  id: string;
  /** From Skatteverket's published test personnummer (never assigned to a real person). */
  identityNumber: string | null;
  birthDate: string;
  firstName: string;
  lastName: string;
  unit: 'ifo' | 'ame';
  protection: Protection;
  educationLevel: EducationLevel;
  timeWithoutWork: TimeWithoutWork;
  receivesSocialAssistance: boolean;
  supervised?: boolean;
}

const PEOPLE: DemoPerson[] = [
  {
    id: '00000000-0000-4000-8000-000000001001',
    identityNumber: '200306062381',
    birthDate: '2003-06-06',
    firstName: 'Alva',
    lastName: 'Demosson',
    unit: 'ame',
    protection: 'none',
    educationLevel: 'compulsory',
    timeWithoutWork: '6_to_24_months',
    receivesSocialAssistance: true,
    supervised: true,
  },
  {
    id: '00000000-0000-4000-8000-000000001002',
    identityNumber: '200802122390',
    birthDate: '2008-02-12',
    firstName: 'Elias',
    lastName: 'Provsson',
    unit: 'ifo',
    protection: 'none',
    educationLevel: 'compulsory_not_completed',
    timeWithoutWork: 'under_6_months',
    receivesSocialAssistance: true,
  },
  {
    id: '00000000-0000-4000-8000-000000001003',
    identityNumber: '200607092384',
    birthDate: '2006-07-09',
    firstName: 'Nora',
    lastName: 'Skyddad',
    unit: 'ame',
    protection: 'protected_registration',
    educationLevel: 'upper_secondary',
    timeWithoutWork: 'over_24_months',
    receivesSocialAssistance: true,
  },
  {
    id: '00000000-0000-4000-8000-000000001004',
    identityNumber: null,
    birthDate: '1984-05-17',
    firstName: 'Mariam',
    lastName: 'Exempel',
    unit: 'ifo',
    protection: 'none',
    educationLevel: 'unknown',
    timeWithoutWork: 'over_24_months',
    receivesSocialAssistance: true,
  },
];

export const participantsDemoSeed: DemoSeed = {
  name: 'demo participants',
  async run(manager, { today }) {
    const existing = new Set(
      (await manager.find(ParticipantEntity, { where: { municipalityId: DEMO.municipalityId } })).map(
        (p) => p.id,
      ),
    );
    for (const person of PEOPLE) {
      if (existing.has(person.id)) continue;
      const registeredBy = person.unit === 'ifo' ? DEMO.users.ifo : DEMO.users.coach;
      await manager.insert(ParticipantEntity, {
        id: person.id,
        municipalityId: DEMO.municipalityId,
        firstName: person.firstName,
        lastName: person.lastName,
        birthDate: person.birthDate,
        identityIncomplete: person.identityNumber === null,
        protection: person.protection,
        educationLevel: person.educationLevel,
        timeWithoutWork: person.timeWithoutWork,
        receivesSocialAssistance: person.receivesSocialAssistance,
        registeredByUnitId: DEMO.units[person.unit],
        createdBy: registeredBy,
        updatedBy: registeredBy,
      });
      if (person.identityNumber) {
        await manager.insert(ParticipantIdentifierEntity, {
          municipalityId: DEMO.municipalityId,
          participantId: person.id,
          kind: 'personnummer',
          value: person.identityNumber,
          validFrom: new Date(),
          recordedBy: registeredBy,
        });
      }
      await manager.insert(ParticipantRelationEntity, {
        municipalityId: DEMO.municipalityId,
        participantId: person.id,
        unitId: DEMO.units[person.unit],
        kind: 'registered',
        startedOn: today,
      });
      if (person.supervised) {
        // Until placements exist, the demo supervisor gets the supervision relation directly.
        await manager.insert(ParticipantRelationEntity, {
          municipalityId: DEMO.municipalityId,
          participantId: person.id,
          unitId: DEMO.units.site,
          userId: DEMO.users.supervisor,
          kind: 'supervision',
          startedOn: today,
        });
      }
    }
  },
};
