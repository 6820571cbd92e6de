import { Inject, Injectable } from '@nestjs/common';
import { EntityManager, IsNull } from 'typeorm';
import { CASE_ACCESS, exitFollowUpReach } from '@steg/access';
import { CaseTarget, CaseWork, tenantRecord } from '@steg/case-work';
import { isUniqueViolation } from '@steg/database';
import { type Actor, type Role, staffUserId } from '@steg/http';
import { Clock, type FieldViolation, ValidationFailedError } from '@steg/kernel';
import { type EnrolmentFacts, EnrolmentFactsReader, EnrolmentNotFoundError } from '@steg/referrals';
import {
  AlreadySupersededError,
  EnrolmentNotExitedError,
  OutcomeFollowUpAlreadyRecordedError,
  OutcomeFollowUpNotFoundError,
  OutcomeFollowUpRuleError,
} from '../measurement.errors';
import {
  outcomeCheckpoints,
  type OutcomeFollowUpSettings,
  outcomeReachUntil,
  subsidisedProblems,
} from './domain/outcome-follow-up.rules';
import type {
  CorrectOutcomeFollowUpDto,
  OutcomeFollowUpDto,
  OutcomeFollowUpListDto,
  RecordOutcomeFollowUpDto,
} from './dto/outcome-follow-up.dto';
import { OutcomeFollowUpEntity } from './outcome-follow-up.entity';
import { outcomeFollowUpDto } from './outcome-follow-up.mapper';
import { OutcomeFollowUpSettingsService } from './outcome-follow-up-settings.service';

/** An enrolment with the municipality's checkpoints, as the gate's record. */
interface ExitedEnrolment extends EnrolmentFacts {
  settings: OutcomeFollowUpSettings;
}

/** A follow-up with its enrolment. */
interface FollowUpUnder extends ExitedEnrolment {
  followUp: OutcomeFollowUpEntity;
}

/**
 * The follow-up of the outcome after exit (uppföljning efter avslut) at the municipality's
 * checkpoints (1, 6 and 12 months by default): status, source and day, never overwritten (a
 * correction supersedes with who, when and why). The exited enrolment's AME unit keeps its reach to
 * the person for this work (exitFollowUpReach); every read and write goes through the case-data gate.
 */
@Injectable()
export class OutcomeFollowUpsService {
  constructor(
    private readonly caseWork: CaseWork,
    private readonly enrolments: EnrolmentFactsReader,
    private readonly settings: OutcomeFollowUpSettingsService,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  record(actor: Actor, enrolmentId: string, dto: RecordOutcomeFollowUpDto): Promise<OutcomeFollowUpDto> {
    this.checkInput(dto);
    const target = this.enrolmentTarget(enrolmentId, 'create', CASE_ACCESS.outcomeFollowUps.record);
    return this.caseWork.write(actor, target, async (manager, reach) => {
      const enrolment = reach.record;
      this.checkExited(enrolment, dto.observedOn);
      const problems: FieldViolation[] = [];
      if (!enrolment.settings.months.includes(dto.checkpointMonths)) {
        problems.push({
          field: 'checkpointMonths',
          rule: 'checkpointMonths.configured',
          message: `must be one of the municipality's checkpoints (${enrolment.settings.months.join(', ')})`,
        });
      }
      if (problems.length > 0) throw new OutcomeFollowUpRuleError('OUTCOME_CHECKPOINT_UNKNOWN', problems);
      const existing = await manager.findOne(OutcomeFollowUpEntity, {
        select: { id: true },
        where: { enrolmentId, checkpointMonths: dto.checkpointMonths, supersededAt: IsNull() },
      });
      if (existing) throw new OutcomeFollowUpAlreadyRecordedError(existing.id);
      const saved = await this.insert(manager, {
        municipalityId: enrolment.municipalityId,
        participantId: enrolment.participantId,
        enrolmentId,
        checkpointMonths: dto.checkpointMonths,
        status: dto.status,
        source: dto.source,
        observedOn: dto.observedOn,
        note: dto.note ?? null,
        subsidisedEmployment: dto.subsidisedEmployment ?? null,
        subsidisedUntil: dto.subsidisedUntil ?? null,
        supersedesId: null,
        correctionReason: null,
        recordedBy: staffUserId(actor.principal),
        recordedAt: this.clock.now(),
        supersededAt: null,
        supersededBy: null,
      });
      reach.note({
        resourceId: saved.id,
        details: { enrolmentId, checkpointMonths: saved.checkpointMonths },
      });
      return outcomeFollowUpDto(saved);
    });
  }

  /** The enrolment's checkpoints as they stand today and every follow-up recorded. */
  list(actor: Actor, enrolmentId: string): Promise<OutcomeFollowUpListDto> {
    const target = this.enrolmentTarget(enrolmentId, 'view', CASE_ACCESS.outcomeFollowUps.read);
    return this.caseWork.read(actor, target, async (manager, reach) => {
      const enrolment = reach.record;
      if (enrolment.exitDate === null) throw new EnrolmentNotExitedError();
      const rows = await manager.find(OutcomeFollowUpEntity, {
        where: { municipalityId: enrolment.municipalityId, enrolmentId },
        // The current record first, then those it superseded, the latest superseded first.
        order: {
          checkpointMonths: 'DESC',
          supersededAt: { direction: 'DESC', nulls: 'FIRST' },
          recordedAt: 'DESC',
          id: 'ASC',
        },
      });
      const current = new Map(
        rows.filter((r) => r.supersededAt === null).map((r) => [r.checkpointMonths, r.id]),
      );
      const checkpoints = outcomeCheckpoints(
        enrolment.exitDate,
        enrolment.settings,
        new Set(current.keys()),
        this.clock.today(),
      );
      reach.note({ details: { enrolmentId, resultCount: rows.length } });
      return {
        exitDate: enrolment.exitDate,
        checkpoints: checkpoints.map((c) => ({ ...c, followUpId: current.get(c.months) ?? null })),
        items: rows.map(outcomeFollowUpDto),
      };
    });
  }

  /** Supersedes a follow-up with a corrected one (If-Match on its version). */
  correct(
    actor: Actor,
    id: string,
    expectedVersion: number,
    dto: CorrectOutcomeFollowUpDto,
  ): Promise<OutcomeFollowUpDto> {
    this.checkInput(dto);
    const roles = CASE_ACCESS.outcomeFollowUps.record;
    const target: CaseTarget<FollowUpUnder> = {
      resourceType: 'outcome_follow_up',
      action: 'update',
      roles,
      load: async (manager, municipalityId, forUpdate) => {
        const followUp = await tenantRecord(OutcomeFollowUpEntity, id)(manager, municipalityId, forUpdate);
        if (followUp === null) return null;
        const enrolment = await this.loadEnrolment(manager, municipalityId, followUp.enrolmentId, forUpdate);
        return enrolment && { ...enrolment, followUp, version: followUp.version };
      },
      participantId: (r) => r.participantId,
      resourceId: id,
      otherReach: (r, principal) => this.reach(r, principal),
      expectedVersion,
      notFound: () => new OutcomeFollowUpNotFoundError(),
    };
    return this.caseWork.write(actor, target, async (manager, reach) => {
      const old = reach.record.followUp;
      if (old.supersededAt !== null) throw new AlreadySupersededError('OUTCOME_FOLLOW_UP');
      this.checkExited(reach.record, dto.observedOn);
      const userId = staffUserId(actor.principal);
      const now = this.clock.now();
      old.supersededAt = now;
      old.supersededBy = userId;
      await manager.save(old);
      const saved = await this.insert(manager, {
        municipalityId: old.municipalityId,
        participantId: old.participantId,
        enrolmentId: old.enrolmentId,
        checkpointMonths: old.checkpointMonths,
        status: dto.status,
        source: dto.source,
        observedOn: dto.observedOn,
        note: dto.note ?? null,
        subsidisedEmployment: dto.subsidisedEmployment ?? null,
        subsidisedUntil: dto.subsidisedUntil ?? null,
        supersedesId: old.id,
        correctionReason: dto.reason,
        recordedBy: userId,
        recordedAt: now,
        supersededAt: null,
        supersededBy: null,
      });
      reach.note({ details: { correctionId: saved.id, checkpointMonths: saved.checkpointMonths } });
      return outcomeFollowUpDto(saved);
    });
  }

  private enrolmentTarget(
    enrolmentId: string,
    action: 'create' | 'view',
    roles: readonly Role[],
  ): CaseTarget<ExitedEnrolment> {
    return {
      resourceType: 'outcome_follow_up',
      action,
      roles,
      load: (manager, municipalityId, forUpdate) =>
        this.loadEnrolment(manager, municipalityId, enrolmentId, forUpdate),
      participantId: (e) => e.participantId,
      resourceId: null,
      otherReach: (e, principal) => this.reach(e, principal),
      notFound: () => new EnrolmentNotFoundError(),
    };
  }

  private async loadEnrolment(
    manager: EntityManager,
    municipalityId: string,
    enrolmentId: string,
    forUpdate: boolean,
  ): Promise<ExitedEnrolment | null> {
    const enrolment = await this.enrolments.find(
      manager,
      municipalityId,
      enrolmentId,
      forUpdate ? 'share' : undefined,
    );
    if (enrolment === null) return null;
    return { ...enrolment, settings: await this.settings.forMunicipality(municipalityId, manager) };
  }

  private reach(e: ExitedEnrolment, principal: Parameters<typeof exitFollowUpReach>[0]) {
    if (e.exitDate === null) return null;
    return exitFollowUpReach(principal, e, this.clock.today(), outcomeReachUntil(e.exitDate, e.settings));
  }

  private checkExited(enrolment: EnrolmentFacts, observedOn: string): void {
    if (enrolment.exitDate === null) throw new EnrolmentNotExitedError();
    if (observedOn < enrolment.exitDate) {
      throw new OutcomeFollowUpRuleError('OUTCOME_OBSERVED_BEFORE_EXIT', [
        {
          field: 'observedOn',
          rule: 'observedOn.notBeforeExit',
          message: `must be on or after the exit (${enrolment.exitDate})`,
        },
      ]);
    }
  }

  /** Bad input, every problem at once: a day in the future, a subsidised employment half given. */
  private checkInput(dto: RecordOutcomeFollowUpDto | CorrectOutcomeFollowUpDto): void {
    const problems: FieldViolation[] = [];
    if (dto.observedOn > this.clock.today()) {
      problems.push({
        field: 'observedOn',
        rule: 'observedOn.notFuture',
        message: 'observedOn is in the future',
      });
    }
    problems.push(
      ...subsidisedProblems({
        status: dto.status,
        observedOn: dto.observedOn,
        subsidisedEmployment: dto.subsidisedEmployment ?? null,
        subsidisedUntil: dto.subsidisedUntil ?? null,
      }),
    );
    if (problems.length > 0) throw new ValidationFailedError(problems);
  }

  private async insert(
    manager: EntityManager,
    values: Omit<OutcomeFollowUpEntity, 'id' | 'version' | 'supersedes'>,
  ): Promise<OutcomeFollowUpEntity> {
    try {
      return await manager.save(manager.create(OutcomeFollowUpEntity, values));
    } catch (error) {
      // Two first records of one checkpoint at the same moment: the second is told to correct.
      if (isUniqueViolation(error, 'uq_outcome_follow_ups_current')) {
        throw new OutcomeFollowUpAlreadyRecordedError('');
      }
      throw error;
    }
  }
}
