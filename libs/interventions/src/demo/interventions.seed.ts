import { ParticipantRelationEntity } from '@steg/access/schema';
import { DEMO } from '@steg/access/demo';
import { addDays } from '@steg/kernel';
import type { DemoSeed } from '@steg/database';
import { DEMO_PARTICIPANTS } from '@steg/participants/demo';
import type { EntityManager } from 'typeorm';
import type { InterventionCategory, ScheduleDay } from '../domain/intervention.types';
import { InterventionFundingPeriodEntity, InterventionFundingShareEntity } from '../funding.entity';
import type { FunderType } from '../domain/funding.rules';
import {
  InterventionInstanceEntity,
  InterventionTypeEntity,
  PlacementEntity,
  PlacementScheduleEntity,
  SiteEntity,
  WorkTeamEntity,
} from '../intervention.entity';

const id = (n: number): string => `00000000-0000-4000-8000-00000000${String(n).padStart(4, '0')}`;

/** The referral demo's open enrolments (libs/referrals demo ids 60 and 61). */
const ENROLMENT_ALVA = '00000000-0000-4000-8000-000000002060';
const ENROLMENT_ELIAS = '00000000-0000-4000-8000-000000002061';

/** The 16 insatser of seed 003 (Timrå), with whether each is job-focused (arbetsinriktad). */
const CATALOGUE: [number, string, InterventionCategory, boolean][] = [
  [3001, 'Arbetsträning intern', 'work_training_internal', true],
  [3002, 'Arbetsträning extern', 'work_training_external', true],
  [3003, 'Praktik', 'internship', true],
  [3004, 'Jobbspår', 'job_track', true],
  [3005, 'SFI', 'sfi', false],
  [3006, 'Språkträning och språkstöd', 'language_training', false],
  [3007, 'Utvecklingsår', 'development_year', true],
  [3008, 'Hälsomotivation', 'health_motivation', false],
  [3009, 'Studiemotivation', 'study_motivation', false],
  [3010, 'Gruppcoachning', 'group_coaching', false],
  [3011, 'Strukturstöd', 'structure_support', false],
  [3012, 'Aktivitetsförmågebedömning', 'activity_ability_assessment', false],
  [3013, 'Social färdighetsträning', 'social_skills_training', false],
  [3014, 'Jobbsökaraktivitet', 'job_search_activity', true],
  [3015, 'Studiecirklar', 'study_circles', false],
  [3016, 'Individuella insatser', 'individual', false],
];

export const DEMO_INTERVENTIONS = {
  types: { workTrainingInternal: id(3001), internship: id(3003), sfi: id(3005), healthMotivation: id(3008) },
  instances: {
    snickeriet: id(3201),
    sfi: id(3202),
    ica: id(3203),
    jobbspar: id(3204),
    utvecklingsar: id(3205),
  },
  placements: {
    alvaSnickeri: id(3401),
    eliasSfi: id(3402),
    eliasRenareStad: id(3403),
    alvaJobbspar: id(3404),
    eliasUtvecklingsar: id(3405),
  },
} as const;

const weekdays = (days: number[], start: string, end: string): ScheduleDay[] =>
  days.map((weekday) => ({ weekday: weekday as ScheduleDay['weekday'], start, end }));

async function insertIgnore<T extends object>(
  manager: EntityManager,
  entity: new () => T,
  values: object,
): Promise<void> {
  await manager.createQueryBuilder().insert().into(entity).values(values).orIgnore().execute();
}

/**
 * The seed-003 catalogue, two sites (Snickeriet, an external employer), three instances, two work
 * teams and placements with schedules (one changed mid-way) for the demo's open enrolments.
 */
export const interventionsDemoSeed: DemoSeed = {
  name: 'intervention catalogue, sites, work teams and placements',
  async run(manager, { today }) {
    const day = (daysAgo: number): string => addDays(today, -daysAgo);
    const municipalityId = DEMO.municipalityId;
    for (const [n, name, category, jobFocused] of CATALOGUE) {
      await insertIgnore(manager, InterventionTypeEntity, {
        id: id(n),
        municipalityId,
        name,
        category,
        jobFocused,
        provider: category === 'sfi' ? 'partner' : 'own_unit',
        providerName: category === 'sfi' ? 'Komvux Demokommun' : null,
      });
    }
    await insertIgnore(manager, SiteEntity, {
      id: id(3101),
      municipalityId,
      name: 'Snickeriet',
      kind: 'internal',
      unitId: DEMO.units.site,
      addressStreet: 'Verkstadsvägen 4',
      addressPostalCode: '831 40',
      addressCity: 'Demokommun',
      contactName: 'Sara Handledare',
    });
    await insertIgnore(manager, SiteEntity, {
      id: id(3102),
      municipalityId,
      name: 'ICA Kvantum Demokommun',
      kind: 'external_employer',
      contactName: 'Butikschefen',
      contactPhone: '063-00 00 00',
    });
    const instances = [
      {
        id: id(3201),
        typeId: id(3001),
        name: 'Arbetsträning Snickeriet',
        siteId: id(3101),
        capacity: 16,
        costBasis: 'per_place_per_month',
        costOre: 450_000,
      },
      {
        id: id(3202),
        typeId: id(3005),
        name: 'SFI Komvux',
        siteId: null,
        capacity: null,
        costBasis: 'none',
        costOre: 0,
      },
      {
        id: id(3203),
        typeId: id(3003),
        name: 'Praktik ICA',
        siteId: id(3102),
        capacity: 2,
        costBasis: 'per_month',
        costOre: 800_000,
      },
      {
        // One place, taken (Alva): Elias waits on its waiting list (libs/partners demo).
        id: id(3204),
        typeId: id(3004),
        name: 'Jobbspår lager och logistik',
        siteId: null,
        capacity: 1,
        costBasis: 'per_month',
        costOre: 350_000,
      },
      {
        // A subsidised period (utvecklingsår): its end is warned of 60 days ahead without a next step.
        id: id(3205),
        typeId: id(3007),
        name: 'Utvecklingsår kommunal service',
        siteId: null,
        capacity: 10,
        costBasis: 'per_place_per_month',
        costOre: 1_200_000,
      },
    ];
    for (const instance of instances) {
      await insertIgnore(manager, InterventionInstanceEntity, {
        ...instance,
        municipalityId,
        responsibleUnitId: DEMO.units.ame,
        startsOn: day(365),
      });
    }
    // Funding (finansiering) from the instances' start: 100 % municipality; 60 % municipality and 40 %
    // the samordningsförbund (Finsam); half ESF. SFI (Komvux, a partner) has none recorded.
    const funding: [number, number, [FunderType, string | null, string | null, number][]][] = [
      [3251, 3201, [['municipality', null, null, 10_000]]],
      [
        3252,
        3203,
        [
          ['municipality', null, null, 6_000],
          ['finsam', 'Samordningsförbundet Demo', 'SF 2026/14', 4_000],
        ],
      ],
      [
        3253,
        3204,
        [
          ['esf', 'ESF-projekt Vägen till jobb', 'ESF 2025/0042', 5_000],
          ['municipality', null, null, 5_000],
        ],
      ],
    ];
    let shareN = 3261;
    for (const [periodN, instanceN, shares] of funding) {
      await insertIgnore(manager, InterventionFundingPeriodEntity, {
        id: id(periodN),
        municipalityId,
        instanceId: id(instanceN),
        validFrom: day(365),
        validTo: null,
        recordedBy: DEMO.users.admin,
      });
      for (const [position, [funderType, funderName, reference, basisPoints]] of shares.entries()) {
        await insertIgnore(manager, InterventionFundingShareEntity, {
          id: id(shareN++),
          municipalityId,
          periodId: id(periodN),
          instanceId: id(instanceN),
          funderType,
          funderName,
          reference,
          basisPoints,
          position,
        });
      }
    }
    for (const [n, name, capacity] of [
      [3301, 'Snickeri', 8],
      [3302, 'Renare stad', 6],
    ] as const) {
      await insertIgnore(manager, WorkTeamEntity, {
        id: id(n),
        municipalityId,
        instanceId: id(3201),
        name,
        supervisorId: DEMO.users.supervisor,
        capacity,
      });
    }
    if (await manager.existsBy(PlacementEntity, { id: id(3401) })) return;
    const placements = [
      {
        id: id(3401),
        participantId: DEMO_PARTICIPANTS.alva,
        enrolmentId: ENROLMENT_ALVA,
        instanceId: id(3201),
        workTeamId: id(3301),
        supervisorId: DEMO.users.supervisor,
        startDate: day(23),
        plannedEndDate: day(-60),
        schedules: [
          { validFrom: day(23), days: weekdays([1, 2, 3, 4], '09:00', '12:00'), reason: null },
          {
            validFrom: day(7),
            days: weekdays([1, 2, 3, 4, 5], '08:00', '12:00'),
            reason: 'Utökad tid enligt planen',
          },
        ],
      },
      {
        id: id(3402),
        participantId: DEMO_PARTICIPANTS.elias,
        enrolmentId: ENROLMENT_ELIAS,
        instanceId: id(3202),
        workTeamId: null,
        supervisorId: null,
        startDate: day(55),
        plannedEndDate: null,
        schedules: [{ validFrom: day(55), days: weekdays([1, 3], '13:00', '16:00'), reason: null }],
      },
      {
        id: id(3403),
        participantId: DEMO_PARTICIPANTS.elias,
        enrolmentId: ENROLMENT_ELIAS,
        instanceId: id(3201),
        workTeamId: id(3302),
        supervisorId: DEMO.users.supervisor,
        startDate: day(20),
        // Ends within 14 days: on the coach's and the supervisor's work lists.
        plannedEndDate: day(-10),
        schedules: [{ validFrom: day(20), days: weekdays([2, 4], '08:00', '12:00'), reason: null }],
      },
      {
        // Placed from the waiting list after 12 days (libs/partners demo): the instance's one place.
        id: id(3404),
        participantId: DEMO_PARTICIPANTS.alva,
        enrolmentId: ENROLMENT_ALVA,
        instanceId: id(3204),
        workTeamId: null,
        supervisorId: null,
        startDate: day(9),
        plannedEndDate: null,
        schedules: [{ validFrom: day(9), days: weekdays([2, 4], '13:00', '15:00'), reason: null }],
      },
      {
        id: id(3405),
        participantId: DEMO_PARTICIPANTS.elias,
        enrolmentId: ENROLMENT_ELIAS,
        instanceId: id(3205),
        workTeamId: null,
        supervisorId: null,
        startDate: day(20),
        // Ends within 60 days and nothing is planned after it: a subsidised-period warning (measurement).
        plannedEndDate: day(-40),
        schedules: [{ validFrom: day(20), days: weekdays([5], '13:00', '16:00'), reason: null }],
      },
    ];
    for (const { schedules, ...placement } of placements) {
      await manager.insert(PlacementEntity, { ...placement, municipalityId, createdBy: DEMO.users.coach });
      for (const schedule of schedules) {
        await manager.insert(PlacementScheduleEntity, {
          ...schedule,
          municipalityId,
          placementId: placement.id,
          recordedBy: DEMO.users.coach,
        });
      }
      const relation = {
        municipalityId,
        participantId: placement.participantId,
        sourceId: placement.id,
        startedOn: placement.startDate,
      };
      await manager.insert(ParticipantRelationEntity, {
        ...relation,
        kind: 'placement',
        unitId: DEMO.units.ame,
      });
      if (placement.supervisorId) {
        await manager.insert(ParticipantRelationEntity, {
          ...relation,
          kind: 'supervision',
          unitId: DEMO.units.site,
          userId: placement.supervisorId,
        });
      }
    }
  },
};
