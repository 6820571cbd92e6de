import { ParticipantRelationEntity } from '@steg/access/schema';
import { DEMO } from '@steg/access/demo';
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
}

/** Fixed ids of the demo participants, for other contexts' demo seeds (referrals, enrolments …). */
export const DEMO_PARTICIPANTS = {
  alva: '00000000-0000-4000-8000-000000001001',
  elias: '00000000-0000-4000-8000-000000001002',
  nora: '00000000-0000-4000-8000-000000001003',
  mariam: '00000000-0000-4000-8000-000000001004',
  // People the referral demo follows to an exit (A–E), a withdrawal and a re-entry. Registered
  // without a number (birth date only), so no identity number is invented for them.
  johan: '00000000-0000-4000-8000-000000001005',
  fatima: '00000000-0000-4000-8000-000000001006',
  oskar: '00000000-0000-4000-8000-000000001007',
  leila: '00000000-0000-4000-8000-000000001008',
  ahmed: '00000000-0000-4000-8000-000000001009',
  sofia: '00000000-0000-4000-8000-000000001010',
} as const;

const PEOPLE: DemoPerson[] = [
  {
    id: DEMO_PARTICIPANTS.alva,
    identityNumber: '200306062381',
    birthDate: '2003-06-06',
    firstName: 'Alva',
    lastName: 'Demosson',
    unit: 'ame',
    protection: 'none',
    educationLevel: 'compulsory',
    timeWithoutWork: '6_to_24_months',
    receivesSocialAssistance: true,
  },
  {
    id: DEMO_PARTICIPANTS.elias,
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
    id: DEMO_PARTICIPANTS.nora,
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
    id: DEMO_PARTICIPANTS.mariam,
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
  {
    id: DEMO_PARTICIPANTS.johan,
    identityNumber: null,
    birthDate: '1979-09-23',
    firstName: 'Johan',
    lastName: 'Testberg',
    unit: 'ifo',
    protection: 'none',
    educationLevel: 'upper_secondary',
    timeWithoutWork: 'over_24_months',
    receivesSocialAssistance: true,
  },
  {
    id: DEMO_PARTICIPANTS.fatima,
    identityNumber: null,
    birthDate: '2006-11-02',
    firstName: 'Fatima',
    lastName: 'Provdotter',
    unit: 'ifo',
    protection: 'none',
    educationLevel: 'compulsory_not_completed',
    timeWithoutWork: 'under_6_months',
    receivesSocialAssistance: true,
  },
  {
    id: DEMO_PARTICIPANTS.oskar,
    identityNumber: null,
    birthDate: '1971-03-14',
    firstName: 'Oskar',
    lastName: 'Exempelsson',
    unit: 'ifo',
    protection: 'none',
    educationLevel: 'compulsory',
    timeWithoutWork: 'over_24_months',
    receivesSocialAssistance: true,
  },
  {
    id: DEMO_PARTICIPANTS.leila,
    identityNumber: null,
    birthDate: '1990-08-30',
    firstName: 'Leila',
    lastName: 'Demodotter',
    unit: 'ifo',
    protection: 'none',
    educationLevel: 'post_secondary',
    timeWithoutWork: '6_to_24_months',
    receivesSocialAssistance: true,
  },
  {
    id: DEMO_PARTICIPANTS.ahmed,
    identityNumber: null,
    birthDate: '1995-01-19',
    firstName: 'Ahmed',
    lastName: 'Testsson',
    unit: 'ifo',
    protection: 'none',
    educationLevel: 'upper_secondary',
    timeWithoutWork: '6_to_24_months',
    receivesSocialAssistance: true,
  },
  {
    id: DEMO_PARTICIPANTS.sofia,
    identityNumber: null,
    birthDate: '1988-12-05',
    firstName: 'Sofia',
    lastName: 'Utkastsson',
    unit: 'ifo',
    protection: 'none',
    educationLevel: 'upper_secondary',
    timeWithoutWork: 'under_6_months',
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
    }
  },
};
