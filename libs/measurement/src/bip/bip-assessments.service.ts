import { Inject, Injectable } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import { CASE_ACCESS } from '@steg/access';
import type { AuditAction } from '@steg/audit';
import { CasePerson, CaseTarget, CaseWork, tenantRecord } from '@steg/case-work';
import { type Actor, type Role, staffUserId } from '@steg/http';
import { PlacementFactsReader } from '@steg/interventions';
import { Clock, FieldViolation, ValidationFailedError } from '@steg/kernel';
import { ParticipantNotFoundError } from '@steg/participants';
import {
  EnrolmentAlreadyExitedError,
  type EnrolmentFacts,
  EnrolmentFactsReader,
  EnrolmentNotFoundError,
} from '@steg/referrals';
import { BipAssessmentEntity, BipIndicatorEntity, BipScoreEntity } from './bip.entity';
import {
  BipAssessmentCompleteError,
  BipAssessmentIncompleteError,
  BipAssessmentNotCorrectableError,
  BipAssessmentNotFoundError,
  BipRuleError,
} from './bip.errors';
import { bipMapper } from './bip.mapper';
import { BipSettingsService } from './bip-settings.service';
import {
  bipDueStatus,
  type BipIndicator,
  type BipScoreInput,
  changeSinceBaseline,
  missingScores,
  scoreViolations,
} from './domain/bip.rules';
import {
  BipAssessmentDto,
  BipAssessmentListDto,
  BipEnrolmentProgressDto,
  BipIndicatorListDto,
  BipProgressDto,
  BipScoreInputDto,
  CorrectBipAssessmentDto,
  CreateBipAssessmentDto,
  UpdateBipAssessmentDto,
} from './dto/bip.dto';

/**
 * BIP assessments (progressionsmätning, seed 003): the eleven indicators scored on the scale recorded
 * with each assessment, under an enrolment. Drafts are changed freely; only complete assessments
 * count; a complete one is never edited — a correction supersedes it. Every read and write of a
 * person's assessments goes through the case-data gate.
 */
@Injectable()
export class BipAssessmentsService {
  constructor(
    private readonly caseWork: CaseWork,
    private readonly enrolments: EnrolmentFactsReader,
    private readonly placements: PlacementFactsReader,
    private readonly settings: BipSettingsService,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  /** The indicators in their order: reference data, the same for every municipality. */
  async indicators(manager: EntityManager): Promise<BipIndicator[]> {
    const rows = await manager.find(BipIndicatorEntity, { order: { position: 'ASC' } });
    return rows.map((r) => ({ ...r }));
  }

  async indicatorList(manager: EntityManager): Promise<BipIndicatorListDto> {
    return { items: (await this.indicators(manager)).map((i) => bipMapper.indicator(i)) };
  }

  create(actor: Actor, enrolmentId: string, dto: CreateBipAssessmentDto): Promise<BipAssessmentDto> {
    this.checkNotFuture(dto.assessedOn);
    const userId = staffUserId(actor.principal);
    const target = this.enrolmentTarget(enrolmentId, 'create', CASE_ACCESS.bip.edit);
    return this.caseWork.write(actor, target, async (manager, reach) => {
      const enrolment = reach.record;
      if (enrolment.exitDate !== null) throw new EnrolmentAlreadyExitedError();
      this.checkWithinEnrolment(dto.assessedOn, enrolment);
      const { scaleMin, scaleMax } = await this.settings.forMunicipality(enrolment.municipalityId, manager);
      const indicators = await this.indicators(manager);
      const scores = inputsOf(dto.scores);
      this.checkScores(scores, indicators, { scaleMin, scaleMax }, dto.complete === true);
      const now = this.clock.now();
      const assessment = await manager.save(
        manager.create(BipAssessmentEntity, {
          municipalityId: enrolment.municipalityId,
          participantId: enrolment.participantId,
          enrolmentId,
          assessedOn: dto.assessedOn,
          status: dto.complete === true ? 'complete' : 'draft',
          scaleMin,
          scaleMax,
          comment: dto.comment ?? null,
          supersedesId: null,
          correctionReason: null,
          createdBy: userId,
          completedBy: dto.complete === true ? userId : null,
          completedAt: dto.complete === true ? now : null,
        }),
      );
      const saved = await this.saveScores(manager, assessment, scores);
      reach.note({ resourceId: assessment.id, details: { enrolmentId, status: assessment.status } });
      return bipMapper.assessment(assessment, saved, indicators, null);
    });
  }

  /** The enrolment's assessments, the latest first, and when the next is due (while it is open). */
  list(actor: Actor, enrolmentId: string): Promise<BipAssessmentListDto> {
    const target = this.enrolmentTarget(enrolmentId, 'view', CASE_ACCESS.bip.read);
    return this.caseWork.read(actor, target, async (manager, reach) => {
      const enrolment = reach.record;
      const { municipalityId } = enrolment;
      const assessments = await manager.find(BipAssessmentEntity, {
        where: { municipalityId, enrolmentId },
        order: { assessedOn: 'DESC', createdAt: 'DESC' },
      });
      // One statement after another: a transaction's connection runs one query at a time.
      const indicators = await this.indicators(manager);
      const scores = await this.scoresOf(manager, municipalityId, assessments);
      const supersededBy = supersededByOf(assessments);
      const settings = await this.settings.forMunicipality(municipalityId, manager);
      const counted = assessments.filter((a) => a.status === 'complete' && !supersededBy.has(a.id));
      const due =
        enrolment.exitDate === null
          ? {
              ...bipDueStatus(
                enrolment.startDate,
                counted.map((a) => a.assessedOn),
                this.clock.today(),
                settings,
              ),
              intervalMonths: settings.intervalMonths,
              graceDays: settings.graceDays,
            }
          : null;
      reach.note({ details: { enrolmentId, resultCount: assessments.length } });
      return {
        items: assessments.map((a) =>
          bipMapper.assessment(a, scores.get(a.id) ?? [], indicators, supersededBy.get(a.id) ?? null),
        ),
        due,
      };
    });
  }

  get(actor: Actor, id: string): Promise<BipAssessmentDto> {
    return this.caseWork.read(
      actor,
      this.assessmentTarget(id, 'view', CASE_ACCESS.bip.read),
      (manager, reach) => this.dtoOf(manager, reach.record),
    );
  }

  /** A draft's day, comment and items (the items sent replace the draft's); a complete one is 409. */
  update(
    actor: Actor,
    id: string,
    expectedVersion: number,
    dto: UpdateBipAssessmentDto,
  ): Promise<BipAssessmentDto> {
    if (dto.assessedOn !== undefined) this.checkNotFuture(dto.assessedOn);
    const target = this.assessmentTarget(id, 'update', CASE_ACCESS.bip.edit, expectedVersion);
    return this.caseWork.write(actor, target, async (manager, reach) => {
      const assessment = reach.record;
      if (assessment.status !== 'draft') throw new BipAssessmentCompleteError();
      if (dto.assessedOn !== undefined) {
        this.checkWithinEnrolment(dto.assessedOn, await this.enrolmentOf(manager, assessment));
        assessment.assessedOn = dto.assessedOn;
      }
      if (dto.comment !== undefined) assessment.comment = dto.comment;
      if (dto.scores !== undefined) {
        const indicators = await this.indicators(manager);
        const scores = inputsOf(dto.scores);
        this.checkScores(scores, indicators, assessment, false);
        await manager.delete(BipScoreEntity, { assessmentId: assessment.id });
        await this.saveScores(manager, assessment, scores);
      }
      // Saved even when only the items changed, so the version (ETag) moves with every change.
      assessment.updatedAt = this.clock.now();
      await manager.save(assessment);
      reach.note({ details: { fields: Object.keys(dto).sort().join(',') } });
      return this.dtoOf(manager, assessment);
    });
  }

  /** Completes a draft: every indicator needs its respondent's score (422 naming each missing one). */
  complete(actor: Actor, id: string, expectedVersion: number): Promise<BipAssessmentDto> {
    const target = this.assessmentTarget(id, 'update', CASE_ACCESS.bip.edit, expectedVersion);
    return this.caseWork.write(actor, target, async (manager, reach) => {
      const assessment = reach.record;
      if (assessment.status !== 'draft') throw new BipAssessmentCompleteError();
      const indicators = await this.indicators(manager);
      const scores = await manager.find(BipScoreEntity, {
        where: { municipalityId: assessment.municipalityId, assessmentId: assessment.id },
      });
      const missing = missingScores(scores, indicators);
      if (missing.length > 0) throw new BipAssessmentIncompleteError(missing);
      assessment.status = 'complete';
      assessment.completedBy = staffUserId(actor.principal);
      assessment.completedAt = this.clock.now();
      await manager.save(assessment);
      reach.note({ details: { transition: 'complete' } });
      return bipMapper.assessment(assessment, scores, indicators, null);
    });
  }

  /**
   * Corrects a complete assessment: a new complete assessment, on the old one's scale, supersedes it
   * with who, when and why; the old one stays as it was, no longer counted. A draft is changed
   * instead (409 BIP_ASSESSMENT_DRAFT); a superseded one is corrected through its correction.
   */
  correct(actor: Actor, id: string, dto: CorrectBipAssessmentDto): Promise<BipAssessmentDto> {
    this.checkNotFuture(dto.assessedOn);
    const userId = staffUserId(actor.principal);
    const target = this.assessmentTarget(id, 'create', CASE_ACCESS.bip.edit);
    return this.caseWork.write(actor, target, async (manager, reach) => {
      const old = reach.record;
      if (old.status === 'draft') throw new BipAssessmentNotCorrectableError('draft');
      const already = await manager.exists(BipAssessmentEntity, {
        where: { municipalityId: old.municipalityId, supersedesId: old.id },
      });
      if (already) throw new BipAssessmentNotCorrectableError('superseded');
      this.checkWithinEnrolment(dto.assessedOn, await this.enrolmentOf(manager, old));
      const indicators = await this.indicators(manager);
      const scores = inputsOf(dto.scores);
      this.checkScores(scores, indicators, old, true);
      const now = this.clock.now();
      const correction = await manager.save(
        manager.create(BipAssessmentEntity, {
          municipalityId: old.municipalityId,
          participantId: old.participantId,
          enrolmentId: old.enrolmentId,
          assessedOn: dto.assessedOn,
          status: 'complete',
          scaleMin: old.scaleMin,
          scaleMax: old.scaleMax,
          comment: dto.comment ?? null,
          supersedesId: old.id,
          correctionReason: dto.reason,
          createdBy: userId,
          completedBy: userId,
          completedAt: now,
        }),
      );
      const saved = await this.saveScores(manager, correction, scores);
      reach.note({ resourceId: correction.id, details: { supersedesId: old.id } });
      return bipMapper.assessment(correction, saved, indicators, null);
    });
  }

  /**
   * A person's progress per enrolment: the series of complete, not superseded assessments, the change
   * per indicator from the baseline (the first) to the latest, and the placements active between each
   * two in a row, asked of interventions' public face, so progress can be related to interventions.
   */
  progress(actor: Actor, participantId: string): Promise<BipProgressDto> {
    const target: CaseTarget<CasePerson> = {
      resourceType: 'bip_progress',
      action: 'view',
      roles: CASE_ACCESS.bip.read,
      participantId,
      resourceId: null,
      notFound: () => new ParticipantNotFoundError(),
    };
    return this.caseWork.read(actor, target, async (manager, reach) => {
      const municipalityId = actor.principal.municipalityId;
      const all = await manager.find(BipAssessmentEntity, {
        where: { municipalityId, participantId, status: 'complete' },
        order: { assessedOn: 'ASC', createdAt: 'ASC' },
      });
      const supersededBy = supersededByOf(all);
      const counted = all.filter((a) => !supersededBy.has(a.id));
      const indicators = await this.indicators(manager);
      const scores = await this.scoresOf(manager, municipalityId, counted);
      const byEnrolment = new Map<string, BipAssessmentEntity[]>();
      for (const a of counted) byEnrolment.set(a.enrolmentId, [...(byEnrolment.get(a.enrolmentId) ?? []), a]);
      const enrolments: BipEnrolmentProgressDto[] = [];
      const instanceIds = new Set<string>();
      const periods: { from: BipAssessmentEntity; to: BipAssessmentEntity; placements: PlacementRow[] }[][] =
        [];
      for (const series of byEnrolment.values()) {
        const pairs = [];
        for (let i = 1; i < series.length; i++) {
          const from = series[i - 1];
          const to = series[i];
          const placements = await this.placements.inPeriod(
            manager,
            municipalityId,
            participantId,
            from.assessedOn,
            to.assessedOn,
          );
          placements.forEach((p) => instanceIds.add(p.instanceId));
          pairs.push({ from, to, placements });
        }
        periods.push(pairs);
      }
      const names = await this.placements.instanceNames(manager, municipalityId, [...instanceIds]);
      [...byEnrolment.entries()].forEach(([enrolmentId, series], n) => {
        const points = series.map((a) => bipMapper.point(a, scores.get(a.id) ?? [], indicators));
        const first = series[0];
        const last = series.at(-1)!;
        enrolments.push({
          enrolmentId,
          series: points,
          changeSinceBaseline:
            series.length < 2
              ? []
              : changeSinceBaseline(
                  pointOf(first, scores.get(first.id) ?? []),
                  pointOf(last, scores.get(last.id) ?? []),
                  indicators,
                ),
          intervals: (periods[n] ?? []).map((p) => ({
            fromAssessmentId: p.from.id,
            toAssessmentId: p.to.id,
            from: p.from.assessedOn,
            to: p.to.assessedOn,
            placements: p.placements.map((pl) => ({
              placementId: pl.id,
              instanceId: pl.instanceId,
              instanceName: names.get(pl.instanceId) ?? null,
              startDate: pl.startDate,
              actualEndDate: pl.actualEndDate,
            })),
          })),
        });
      });
      reach.note({ details: { resultCount: counted.length } });
      return { participantId, enrolments };
    });
  }

  private async dtoOf(manager: EntityManager, assessment: BipAssessmentEntity): Promise<BipAssessmentDto> {
    const indicators = await this.indicators(manager);
    const scores = await manager.find(BipScoreEntity, {
      where: { municipalityId: assessment.municipalityId, assessmentId: assessment.id },
    });
    const successor = await manager.findOne(BipAssessmentEntity, {
      select: { id: true },
      where: { municipalityId: assessment.municipalityId, supersedesId: assessment.id },
    });
    return bipMapper.assessment(assessment, scores, indicators, successor?.id ?? null);
  }

  private async scoresOf(
    manager: EntityManager,
    municipalityId: string,
    assessments: readonly BipAssessmentEntity[],
  ): Promise<Map<string, BipScoreEntity[]>> {
    const map = new Map<string, BipScoreEntity[]>();
    if (assessments.length === 0) return map;
    const rows = await manager.find(BipScoreEntity, {
      where: { municipalityId, assessmentId: In(assessments.map((a) => a.id)) },
    });
    for (const row of rows) map.set(row.assessmentId, [...(map.get(row.assessmentId) ?? []), row]);
    return map;
  }

  private async saveScores(
    manager: EntityManager,
    assessment: BipAssessmentEntity,
    scores: readonly BipScoreInput[],
  ): Promise<BipScoreEntity[]> {
    if (scores.length === 0) return [];
    return manager.save(
      scores.map((s) =>
        manager.create(BipScoreEntity, {
          assessmentId: assessment.id,
          indicatorCode: s.indicatorCode,
          municipalityId: assessment.municipalityId,
          score: s.score,
          answeredBy: s.answeredBy,
          caseworkerScore: s.caseworkerScore ?? null,
        }),
      ),
    );
  }

  /** 400 for items off the scale, unknown or twice, or answered by the wrong respondent; 422 if incomplete. */
  private checkScores(
    scores: readonly BipScoreInput[],
    indicators: readonly BipIndicator[],
    scale: { scaleMin: number; scaleMax: number },
    complete: boolean,
  ): void {
    const errors = scoreViolations(scores, indicators, scale);
    if (errors.length > 0) throw new ValidationFailedError(errors);
    if (complete) {
      const missing = missingScores(scores, indicators);
      if (missing.length > 0) throw new BipAssessmentIncompleteError(missing);
    }
  }

  private checkNotFuture(assessedOn: string): void {
    if (assessedOn > this.clock.today()) {
      throw new ValidationFailedError([
        { field: 'assessedOn', rule: 'assessedOn.notFuture', message: 'assessedOn is in the future' },
      ]);
    }
  }

  /** On or after the enrolment's start and, once it has exited, not after the exit. */
  private checkWithinEnrolment(assessedOn: string, enrolment: EnrolmentFacts): void {
    const errors: FieldViolation[] = [];
    if (assessedOn < enrolment.startDate) {
      errors.push({
        field: 'assessedOn',
        rule: 'assessedOn.notBeforeStart',
        message: `must be on or after the start of the enrolment (${enrolment.startDate})`,
      });
    } else if (enrolment.exitDate !== null && assessedOn > enrolment.exitDate) {
      errors.push({
        field: 'assessedOn',
        rule: 'assessedOn.notAfterExit',
        message: `must be on or before the exit of the enrolment (${enrolment.exitDate})`,
      });
    }
    if (errors.length > 0) throw new BipRuleError('BIP_ASSESSMENT_OUTSIDE_ENROLMENT', errors);
  }

  private async enrolmentOf(
    manager: EntityManager,
    assessment: BipAssessmentEntity,
  ): Promise<EnrolmentFacts> {
    const enrolment = await this.enrolments.find(manager, assessment.municipalityId, assessment.enrolmentId);
    if (enrolment === null) throw new EnrolmentNotFoundError();
    return enrolment;
  }

  /**
   * The enrolment as the gate's target. A write holds it FOR SHARE (as plans do): an exit waits for
   * it, two assessments under one enrolment do not wait for each other.
   */
  private enrolmentTarget(
    enrolmentId: string,
    action: AuditAction,
    roles: readonly Role[],
  ): CaseTarget<EnrolmentFacts> {
    return {
      resourceType: 'bip_assessment',
      action,
      roles,
      load: (manager, municipalityId, forUpdate) =>
        this.enrolments.find(manager, municipalityId, enrolmentId, forUpdate ? 'share' : undefined),
      participantId: (enrolment) => enrolment.participantId,
      resourceId: null,
      notFound: () => new EnrolmentNotFoundError(),
    };
  }

  private assessmentTarget(
    id: string,
    action: AuditAction,
    roles: readonly Role[],
    expectedVersion?: number,
  ): CaseTarget<BipAssessmentEntity> {
    return {
      resourceType: 'bip_assessment',
      action,
      roles,
      load: tenantRecord(BipAssessmentEntity, id),
      participantId: (a) => a.participantId,
      resourceId: (a) => a.id,
      notFound: () => new BipAssessmentNotFoundError(),
      expectedVersion,
    };
  }
}

type PlacementRow = Awaited<ReturnType<PlacementFactsReader['inPeriod']>>[number];

function inputsOf(scores: readonly BipScoreInputDto[]): BipScoreInput[] {
  return scores.map((s) => ({
    indicatorCode: s.indicatorCode,
    score: s.score ?? null,
    answeredBy: s.answeredBy,
    caseworkerScore: s.caseworkerScore ?? null,
  }));
}

/** Which assessment supersedes which, among those given (a correction and the one it corrects). */
function supersededByOf(assessments: readonly BipAssessmentEntity[]): Map<string, string> {
  return new Map(
    assessments.flatMap((a) => (a.supersedesId === null ? [] : [[a.supersedesId, a.id] as [string, string]])),
  );
}

function pointOf(a: BipAssessmentEntity, scores: readonly BipScoreEntity[]) {
  return {
    scaleMin: a.scaleMin,
    scaleMax: a.scaleMax,
    scores: new Map(scores.map((s) => [s.indicatorCode, s.score])),
  };
}
