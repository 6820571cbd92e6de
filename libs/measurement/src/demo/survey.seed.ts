import type { EntityManager } from 'typeorm';
import { DEMO } from '@steg/access/demo';
import { ParticipantRelationEntity } from '@steg/access/schema';
import type { SeedContext } from '@steg/database';
import { DEMO_INTERVENTIONS } from '@steg/interventions/demo';
import { PlacementEntity, PlacementScheduleEntity } from '@steg/interventions/schema';
import { addDays } from '@steg/kernel';
import { DEMO_PARTICIPANTS } from '@steg/participants/demo';
import { DEFAULT_SCALE, STANDARD_QUESTIONS } from '../survey/domain/survey.rules';
import { SurveyAnswerEntity, SurveyQuestionEntity, SurveyResponseEntity } from '../survey/survey.entity';

const id = (n: number): string => `00000000-0000-4000-8000-00000000${String(n).padStart(4, '0')}`;
/** The referral demo's exited enrolments (libs/referrals demo ids 62–66). */
const enrolment = (n: number): string => `00000000-0000-4000-8000-0000000020${n}`;

/**
 * Five people the referral demo follows to an exit each had a placement at Snickeriet (arbetsträning
 * intern) that ended months before their exit, and answered the survey in a meeting: one group of
 * five, so GET /survey-results shows its figures (a question only some of them answered is suppressed).
 * The placements end more than three months ago, so they raise no attendance items.
 */
const PEOPLE: {
  person: keyof typeof DEMO_PARTICIPANTS;
  enrolment: number;
  start: number;
  end: number;
  values: number[];
  text?: string;
}[] = [
  {
    person: 'johan',
    enrolment: 62,
    start: 226,
    end: 130,
    values: [5, 4, 4, 5, 4, 5, 4, 4, 4, 5],
    text: 'Bra handledare.',
  },
  { person: 'fatima', enrolment: 63, start: 180, end: 130, values: [4, 4, 3, 5, 4, 4, 3, 5, 4, 3] },
  { person: 'oskar', enrolment: 64, start: 270, end: 140, values: [3, 2, 3, 4, 3, 2, 3, 0, 0, 2] },
  {
    person: 'leila',
    enrolment: 65,
    start: 310,
    end: 160,
    values: [5, 5, 4, 5, 5, 4, 5, 4, 4, 4],
    text: 'Lärde mig mycket.',
  },
  { person: 'ahmed', enrolment: 66, start: 260, end: 135, values: [4, 3, 4, 4, 4, 5, 4, 0, 0, 4] },
];

/** The survey demo (brukaruppföljning); idempotent: returns when its first question exists. */
export async function seedSurveys(manager: EntityManager, { today }: SeedContext): Promise<void> {
  if (await manager.existsBy(SurveyQuestionEntity, { id: id(7101) })) return;
  const day = (daysAgo: number): string => addDays(today, -daysAgo);
  const municipalityId = DEMO.municipalityId;
  const questionIds = STANDARD_QUESTIONS.map((_q, i) => id(7101 + i));
  await manager.insert(
    SurveyQuestionEntity,
    STANDARD_QUESTIONS.map((q, i) => ({
      id: questionIds[i],
      municipalityId,
      standardKey: q.key,
      koladaId: q.koladaId,
      text: q.text,
      kind: q.kind,
      scaleMin: q.kind === 'scale' ? DEFAULT_SCALE.min : null,
      scaleMax: q.kind === 'scale' ? DEFAULT_SCALE.max : null,
      lowLabel: q.kind === 'scale' ? DEFAULT_SCALE.lowLabel : null,
      highLabel: q.kind === 'scale' ? DEFAULT_SCALE.highLabel : null,
      position: i + 1,
      active: true,
      createdBy: null,
      deactivatedAt: null,
      deactivatedBy: null,
    })),
  );
  for (const [n, p] of PEOPLE.entries()) {
    const placementId = id(7201 + n);
    const participantId = DEMO_PARTICIPANTS[p.person];
    await manager.insert(PlacementEntity, {
      id: placementId,
      municipalityId,
      participantId,
      enrolmentId: enrolment(p.enrolment),
      instanceId: DEMO_INTERVENTIONS.instances.snickeriet,
      workTeamId: null,
      supervisorId: null,
      startDate: day(p.start),
      plannedEndDate: day(p.end),
      actualEndDate: day(p.end),
      endReason: 'completed',
      capacityOverrideReason: null,
      createdBy: DEMO.users.coach,
    });
    await manager.insert(PlacementScheduleEntity, {
      municipalityId,
      placementId,
      validFrom: day(p.start),
      days: [1, 2, 3, 4].map((weekday) => ({
        weekday: weekday as 1 | 2 | 3 | 4,
        start: '09:00',
        end: '12:00',
      })),
      recordedBy: DEMO.users.coach,
      reason: null,
    });
    await manager.insert(ParticipantRelationEntity, {
      municipalityId,
      participantId,
      unitId: DEMO.units.ame,
      userId: null,
      kind: 'placement',
      sourceId: placementId,
      startedOn: day(p.start),
      endedOn: day(p.end),
    });
    const responseId = id(7301 + n);
    await manager.insert(SurveyResponseEntity, {
      id: responseId,
      municipalityId,
      participantId,
      placementId,
      instanceId: DEMO_INTERVENTIONS.instances.snickeriet,
      interventionTypeId: DEMO_INTERVENTIONS.types.workTrainingInternal,
      placementEndedOn: day(p.end),
      outcome: 'answered',
      channel: 'meeting',
      recordedBy: DEMO.users.coach,
      linkId: null,
      respondedAt: new Date(`${day(p.end - 1)}T10:00:00+01:00`),
    });
    // 0 = "vet inte"; free text from two of the five (counted, never shown).
    await manager.insert(SurveyAnswerEntity, [
      ...p.values.map((value, i) => ({
        municipalityId,
        responseId,
        questionId: questionIds[i],
        value: value === 0 ? null : value,
        dontKnow: value === 0,
        textValue: null,
      })),
      ...(p.text === undefined
        ? []
        : [
            {
              municipalityId,
              responseId,
              questionId: questionIds[10],
              value: null,
              dontKnow: false,
              textValue: p.text,
            },
          ]),
    ]);
  }
}
