import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '@steg/audit';
import { type Actor, staffUserId } from '@steg/http';
import { Clock, StaleVersionError, ValidationFailedError, type FieldViolation } from '@steg/kernel';
import { DEFAULT_SCALE, STANDARD_QUESTIONS } from './domain/survey.rules';
import { CreateSurveyQuestionDto, SurveyQuestionDto, SurveyQuestionListDto } from './dto/survey.dto';
import { SurveyQuestionEntity } from './survey.entity';
import { SurveyQuestionInactiveError, SurveyQuestionNotFoundError } from './survey.errors';
import { surveyMapper } from './survey.mapper';

/**
 * A municipality's survey questions (brukaruppföljning): data, not code. The standard set (the ten
 * Finsam items and a free text) is copied into the municipality's set on first use; an admin adds
 * the municipality's own questions and deactivates any. A question is never edited (a database
 * trigger refuses it), so each stored answer keeps the wording it answered. Not personal data:
 * tenant-scoped, no gate.
 */
@Injectable()
export class SurveyQuestionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  /** The municipality's active questions in order, the standard set copied in when missing. */
  async active(manager: EntityManager, municipalityId: string): Promise<SurveyQuestionEntity[]> {
    await this.ensureStandard(manager, municipalityId);
    return manager.find(SurveyQuestionEntity, {
      where: { municipalityId, active: true },
      order: { position: 'ASC', createdAt: 'ASC' },
    });
  }

  /** These questions of the municipality (active or not), by id. */
  async byIds(
    manager: EntityManager,
    municipalityId: string,
    ids: readonly string[],
  ): Promise<SurveyQuestionEntity[]> {
    if (ids.length === 0) return [];
    return manager
      .getRepository(SurveyQuestionEntity)
      .createQueryBuilder('q')
      .where('q.municipality_id = :municipalityId AND q.id = ANY(:ids::uuid[])', {
        municipalityId,
        ids: [...new Set(ids)],
      })
      .getMany();
  }

  async list(actor: Actor): Promise<SurveyQuestionListDto> {
    const municipalityId = actor.principal.municipalityId;
    await this.ensureStandard(this.dataSource.manager, municipalityId);
    const rows = await this.dataSource.manager.find(SurveyQuestionEntity, {
      where: { municipalityId },
      order: { active: 'DESC', position: 'ASC', createdAt: 'ASC' },
    });
    return { items: rows.map(surveyMapper.question) };
  }

  /** Adds a question at the end of the set (a scale defaults to 1–5, instämmer inte alls … helt). */
  async add(actor: Actor, dto: CreateSurveyQuestionDto): Promise<SurveyQuestionDto> {
    const userId = staffUserId(actor.principal);
    const values = questionValues(dto);
    const municipalityId = actor.principal.municipalityId;
    return this.dataSource.transaction(async (manager) => {
      await this.ensureStandard(manager, municipalityId);
      const [{ next }] = await manager.query<{ next: number }[]>(
        `SELECT coalesce(max(position), 0) + 1 AS next FROM survey_questions WHERE municipality_id = $1`,
        [municipalityId],
      );
      const saved = await manager.save(
        manager.create(SurveyQuestionEntity, {
          municipalityId,
          standardKey: null,
          ...values,
          position: Number(next),
          active: true,
          createdBy: userId,
          deactivatedAt: null,
          deactivatedBy: null,
        }),
      );
      await this.audit.record(manager, actor, {
        action: 'create',
        resourceType: 'survey_question',
        resourceId: saved.id,
        details: { kind: saved.kind },
      });
      return surveyMapper.question(saved);
    });
  }

  /**
   * Deactivates a question, based on the version read (If-Match): no longer asked; its answers stay,
   * and stay counted in the figures.
   */
  async deactivate(actor: Actor, id: string, expectedVersion: number): Promise<SurveyQuestionDto> {
    const userId = staffUserId(actor.principal);
    return this.dataSource.transaction(async (manager) => {
      const question = await manager.findOne(SurveyQuestionEntity, {
        where: { id, municipalityId: actor.principal.municipalityId },
        lock: { mode: 'pessimistic_write' },
      });
      if (question === null) throw new SurveyQuestionNotFoundError();
      if (question.version !== expectedVersion) {
        throw new StaleVersionError({ currentVersion: question.version });
      }
      if (!question.active) throw new SurveyQuestionInactiveError();
      question.active = false;
      question.deactivatedAt = this.clock.now();
      question.deactivatedBy = userId;
      const saved = await manager.save(question);
      await this.audit.record(manager, actor, {
        action: 'update',
        resourceType: 'survey_question',
        resourceId: saved.id,
        details: { transition: 'deactivate' },
      });
      return surveyMapper.question(saved);
    });
  }

  /**
   * Copies the standard set into the municipality's set the first time it is needed. Each standard
   * item is inserted at most once (uq_survey_questions_standard), so two first uses at once insert
   * it once, and a deactivated standard item is never brought back.
   */
  private async ensureStandard(manager: EntityManager, municipalityId: string): Promise<void> {
    const [present] = await manager.query<{ n: string }[]>(
      `SELECT count(*) AS n FROM survey_questions WHERE municipality_id = $1 AND standard_key IS NOT NULL`,
      [municipalityId],
    );
    if (Number(present?.n ?? 0) >= STANDARD_QUESTIONS.length) return;
    await manager.query(
      `INSERT INTO survey_questions
              (municipality_id, standard_key, kolada_id, text, kind, scale_min, scale_max, low_label, high_label, position, version)
       SELECT $1, q.key, q.kolada_id, q.text, q.kind, q.scale_min, q.scale_max, q.low_label, q.high_label, q.position, 1
         FROM jsonb_to_recordset($2::jsonb) AS q(key text, kolada_id text, text text, kind text, scale_min int,
                                                 scale_max int, low_label text, high_label text, position int)
       ON CONFLICT (municipality_id, standard_key) WHERE standard_key IS NOT NULL DO NOTHING`,
      [
        municipalityId,
        JSON.stringify(
          STANDARD_QUESTIONS.map((q, i) => ({
            key: q.key,
            kolada_id: q.koladaId,
            text: q.text,
            kind: q.kind,
            ...(q.kind === 'scale'
              ? {
                  scale_min: DEFAULT_SCALE.min,
                  scale_max: DEFAULT_SCALE.max,
                  low_label: DEFAULT_SCALE.lowLabel,
                  high_label: DEFAULT_SCALE.highLabel,
                }
              : { scale_min: null, scale_max: null, low_label: null, high_label: null }),
            position: i + 1,
          })),
        ),
      ],
    );
  }
}

/** The question's columns from the request: a scale's bounds and labels (with defaults), or none for free text. */
function questionValues(dto: CreateSurveyQuestionDto) {
  const base = { text: dto.text, kind: dto.kind, koladaId: dto.koladaId ?? null };
  if (dto.kind === 'free_text') {
    const extra = (['scaleMin', 'scaleMax', 'lowLabel', 'highLabel'] as const).filter(
      (f) => dto[f] !== undefined,
    );
    if (extra.length > 0) {
      throw new ValidationFailedError(
        extra.map((field) => ({ field, rule: `${field}.scaleOnly`, message: 'is for scale questions only' })),
      );
    }
    return { ...base, scaleMin: null, scaleMax: null, lowLabel: null, highLabel: null };
  }
  const scaleMin = dto.scaleMin ?? DEFAULT_SCALE.min;
  const scaleMax = dto.scaleMax ?? DEFAULT_SCALE.max;
  const problems: FieldViolation[] = [];
  if (scaleMax <= scaleMin) {
    problems.push({
      field: 'scaleMax',
      rule: 'scaleMax.aboveMin',
      message: `must be above scaleMin (${scaleMin})`,
    });
  }
  if (problems.length > 0) throw new ValidationFailedError(problems);
  return {
    ...base,
    scaleMin,
    scaleMax,
    lowLabel: dto.lowLabel ?? DEFAULT_SCALE.lowLabel,
    highLabel: dto.highLabel ?? DEFAULT_SCALE.highLabel,
  };
}
