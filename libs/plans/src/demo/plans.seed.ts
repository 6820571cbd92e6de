import { DEMO } from '@steg/access/demo';
import { addDays } from '@steg/kernel';
import type { DemoSeed } from '@steg/database';
import { DEMO_INTERVENTIONS } from '@steg/interventions/demo';
import { DEMO_PARTICIPANTS } from '@steg/participants/demo';
import type { PlanContent } from '../domain/plan.types';
import { DevelopmentPlanEntity, FollowUpMeetingEntity, PlanVersionEntity } from '../plan.entity';

const id = (n: number): string => `00000000-0000-4000-8000-00000000${String(n).padStart(4, '0')}`;
const ENROLMENT_ALVA = '00000000-0000-4000-8000-000000002060';
const ENROLMENT_ELIAS = '00000000-0000-4000-8000-000000002061';

/**
 * Development plans with a history and follow-up meetings: Alva's plan was updated at a meeting five
 * days ago; Elias' plan has parallel interventions but none job-focused and no dated goal (both
 * warnings), and no follow-up since his start 60 days ago (overdue).
 */
export const plansDemoSeed: DemoSeed = {
  name: 'development plans and follow-up meetings',
  async run(manager, { today }) {
    if (await manager.existsBy(DevelopmentPlanEntity, { id: id(3501) })) return;
    const day = (daysAgo: number): string => addDays(today, -daysAgo);
    const at = (daysAgo: number): Date => new Date(`${day(daysAgo)}T10:00:00+01:00`);
    const municipalityId = DEMO.municipalityId;

    const alvaV1: PlanContent = {
      ownGoal: 'Jag vill jobba med händerna, kanske som snickare.',
      longTermGoal: 'work',
      goals: [
        {
          id: id(3511),
          description: 'Komma i tid fyra dagar i veckan',
          targetDate: day(-30),
          status: 'open',
        },
      ],
      plannedInterventions: [
        {
          id: id(3521),
          typeId: DEMO_INTERVENTIONS.types.workTrainingInternal,
          description: 'Arbetsträning i arbetslaget Snickeri',
          placementId: DEMO_INTERVENTIONS.placements.alvaSnickeri,
          active: true,
        },
      ],
      strengths: 'Praktiskt lagd, noggrann',
      obstacles: 'Svårt med tider på morgonen',
      madeWithParticipantOn: day(28),
      madeHow: 'meeting',
      interpreterUsed: false,
    };
    const alvaV2: PlanContent = {
      ...alvaV1,
      goals: [
        { ...alvaV1.goals[0], status: 'achieved' },
        {
          id: id(3512),
          description: 'Arbetsträna fem förmiddagar i veckan',
          targetDate: day(-45),
          status: 'open',
        },
      ],
      madeWithParticipantOn: day(5),
    };
    const eliasV1: PlanContent = {
      ownGoal: 'Bli bättre på svenska och sedan plugga klart.',
      longTermGoal: 'studies',
      goals: [{ id: id(3513), description: 'Klara SFI kurs C', targetDate: null, status: 'open' }],
      plannedInterventions: [
        {
          id: id(3522),
          typeId: DEMO_INTERVENTIONS.types.sfi,
          description: 'SFI två eftermiddagar i veckan',
          placementId: DEMO_INTERVENTIONS.placements.eliasSfi,
          active: true,
        },
        {
          id: id(3523),
          typeId: DEMO_INTERVENTIONS.types.healthMotivation,
          description: 'Hälsomotivation i grupp',
          placementId: null,
          active: true,
        },
      ],
      strengths: 'Motiverad, bra på matematik',
      obstacles: 'Sömnproblem',
      madeWithParticipantOn: day(58),
      madeHow: 'meeting',
      interpreterUsed: true,
    };

    await manager.insert(DevelopmentPlanEntity, [
      {
        id: id(3501),
        municipalityId,
        participantId: DEMO_PARTICIPANTS.alva,
        enrolmentId: ENROLMENT_ALVA,
        currentVersion: 2,
      },
      {
        id: id(3502),
        municipalityId,
        participantId: DEMO_PARTICIPANTS.elias,
        enrolmentId: ENROLMENT_ELIAS,
        currentVersion: 1,
      },
    ]);
    await manager.insert(PlanVersionEntity, [
      {
        id: id(3531),
        municipalityId,
        planId: id(3501),
        versionNo: 1,
        content: alvaV1,
        changeSummary: 'Första planen, gjord i samråd',
        changedFields: [],
        createdBy: DEMO.users.coach,
        createdAt: at(28),
      },
      {
        id: id(3532),
        municipalityId,
        planId: id(3501),
        versionNo: 2,
        content: alvaV2,
        changeSummary: 'Målet om tider uppnått; utökad arbetsträning',
        changedFields: ['goals', 'madeWithParticipantOn'],
        createdBy: DEMO.users.coach,
        createdAt: at(5),
      },
      {
        id: id(3533),
        municipalityId,
        planId: id(3502),
        versionNo: 1,
        content: eliasV1,
        changeSummary: 'Första planen, med tolk',
        changedFields: [],
        createdBy: DEMO.users.coach,
        createdAt: at(58),
      },
    ]);
    await manager.insert(FollowUpMeetingEntity, {
      id: id(3601),
      municipalityId,
      participantId: DEMO_PARTICIPANTS.alva,
      enrolmentId: ENROLMENT_ALVA,
      heldOn: day(5),
      attendees: ['participant', 'coach', 'supervisor'],
      notes: 'Alva kommer i tid. Vi utökar till fem förmiddagar.',
      planVersionId: id(3532),
      nextMeetingOn: day(-37),
      recordedBy: DEMO.users.coach,
      recordedAt: at(5),
    });
  },
};
