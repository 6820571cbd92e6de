import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Actor } from '@steg/http';
import { addDays, type FieldViolation, suppress, tableOfPeople, ValidationFailedError } from '@steg/kernel';
import { MIN_GROUP_SIZE, type QuestionSummaries, summariseQuestionByInstance } from './domain/survey.rules';
import { SurveyResultGroupDto, SurveyResultsDto, SurveyResultsQuery } from './dto/survey.dto';
import { SurveyQuestionsService } from './survey-questions.service';

/** One question's answers in one group, as counted. */
interface Counts {
  answered: number;
  dontKnow: number;
  values: Map<number, number>;
}

interface GroupRow {
  type_id: string;
  instance_id: string | null;
  responses: number;
}

interface AnswerRow {
  type_id: string;
  instance_id: string | null;
  question_id: string;
  value: number | null;
  dont_know: boolean;
  n: number;
}

/**
 * The survey's answers, only aggregated (brukaruppföljning per insats): per intervention type or
 * instance, per question the number who answered and the count per scale value. A group of fewer
 * than five answered surveys, and a question fewer than five answered, show no figures; a type's and
 * its instances' figures of a question are one decision of the small-number rule (issue 17,
 * `summariseQuestionByInstance`), whichever level is asked for. Free-text
 * answers are counted, never shown (they can name people). Aggregates are not personal data, so no
 * gate: tenant-scoped, for unit managers and analysts.
 *
 * Definitions: a group's `responses` = answered surveys (declines are not answers) of placements that
 * ended within [from, to]; a question's `answered` = those surveys with a value, "vet inte" or text for
 * it; `distribution` = those with each scale value ("vet inte" is counted apart).
 */
@Injectable()
export class SurveyResultsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly questions: SurveyQuestionsService,
  ) {}

  async results(actor: Actor, query: SurveyResultsQuery): Promise<SurveyResultsDto> {
    const problems: FieldViolation[] = [];
    // Whole months only: two periods a day apart would otherwise single out one answer by subtraction.
    if (query.from !== undefined && !query.from.endsWith('-01')) {
      problems.push({
        field: 'from',
        rule: 'from.firstOfMonth',
        message: 'must be the first day of a month',
      });
    }
    if (query.to !== undefined && addDays(query.to, 1).slice(8) !== '01') {
      problems.push({ field: 'to', rule: 'to.lastOfMonth', message: 'must be the last day of a month' });
    }
    if (query.from !== undefined && query.to !== undefined && query.to < query.from) {
      problems.push({ field: 'to', rule: 'to.notBeforeFrom', message: 'must not be before from' });
    }
    if (problems.length > 0) throw new ValidationFailedError(problems);
    const municipalityId = actor.principal.municipalityId;
    const byInstance = query.groupBy === 'instance';
    const params: unknown[] = [municipalityId];
    const filters = [`r.municipality_id = $1`, `r.outcome = 'answered'`];
    if (query.interventionTypeId !== undefined) {
      params.push(query.interventionTypeId);
      filters.push(`r.intervention_type_id = $${params.length}`);
    }
    if (query.from !== undefined) {
      params.push(query.from);
      filters.push(`r.placement_ended_on >= $${params.length}`);
    }
    if (query.to !== undefined) {
      params.push(query.to);
      filters.push(`r.placement_ended_on <= $${params.length}`);
    }
    const where = filters.join(' AND ');
    const manager = this.dataSource.manager;
    // Both levels from one count by instance: the type's figures and its instances' are decided together
    // (issue 17), whichever level is asked for, so that neither can be subtracted from the other.
    const rows = await manager.query<GroupRow[]>(
      `SELECT r.intervention_type_id AS type_id, r.instance_id, count(*)::int AS responses
         FROM survey_responses r WHERE ${where}
        GROUP BY 1, 2 ORDER BY 1, 2`,
      params,
    );
    const typeIds = [...new Set(rows.map((g) => g.type_id))];
    const instancesOf = new Map(typeIds.map((typeId) => [typeId, rows.filter((g) => g.type_id === typeId)]));
    /** Groups not shown (the type's key is `type/`): an instance beside its type's total, by `suppress`. */
    const hiddenGroups = new Set<string>();
    for (const [typeId, instances] of instancesOf) {
      const keys = instances.map((g) => keyOf(g.type_id, g.instance_id));
      const responses = new Map(instances.map((g, i) => [keys[i], g.responses]));
      const hidden = suppress(tableOfPeople(keys, ['n'], (key) => responses.get(key) ?? 0));
      for (const key of keys) if (hidden.cells[key].n) hiddenGroups.add(key);
      if (hidden.total) hiddenGroups.add(keyOf(typeId, null));
    }
    const answers =
      rows.length === 0
        ? []
        : await manager.query<AnswerRow[]>(
            `SELECT r.intervention_type_id AS type_id, r.instance_id, a.question_id,
                    a.value, a.dont_know, count(*)::int AS n
               FROM survey_answers a JOIN survey_responses r ON r.id = a.response_id
              WHERE ${where} AND a.municipality_id = $1
              GROUP BY 1, 2, 3, 4, 5`,
            params,
          );
    const questions = await this.questions.byIds(
      manager,
      municipalityId,
      answers.map((a) => a.question_id),
    );
    questions.sort((a, b) => a.position - b.position || a.createdAt.getTime() - b.createdAt.getTime());
    /** Per instance (key), per question: the answers as counted. */
    const counts = new Map<string, Map<string, Counts>>();
    for (const row of answers) {
      const group = keyOf(row.type_id, row.instance_id);
      const perQuestion = counts.get(group) ?? new Map<string, Counts>();
      counts.set(group, perQuestion);
      const c = perQuestion.get(row.question_id) ?? {
        answered: 0,
        dontKnow: 0,
        values: new Map<number, number>(),
      };
      perQuestion.set(row.question_id, c);
      c.answered += row.n;
      if (row.dont_know) c.dontKnow += row.n;
      if (row.value !== null) c.values.set(row.value, (c.values.get(row.value) ?? 0) + row.n);
    }
    /** Per type, per question: the one decision for the type and its instances. */
    const summaries = new Map<string, Map<string, QuestionSummaries>>();
    for (const [typeId, instances] of instancesOf) {
      const perQuestion = new Map<string, QuestionSummaries>();
      for (const q of questions) {
        perQuestion.set(
          q.id,
          summariseQuestionByInstance(
            q,
            instances.map((g) => {
              const key = keyOf(g.type_id, g.instance_id);
              return { key, hidden: hiddenGroups.has(key), counts: counts.get(key)?.get(q.id) };
            }),
          ),
        );
      }
      summaries.set(typeId, perQuestion);
    }
    const groups = byInstance
      ? rows
      : typeIds.map((typeId): GroupRow => ({
          type_id: typeId,
          instance_id: null,
          responses: (instancesOf.get(typeId) ?? []).reduce((sum, g) => sum + g.responses, 0),
        }));
    return {
      minimumGroupSize: MIN_GROUP_SIZE,
      groups: groups.map((g): SurveyResultGroupDto => {
        const key = byInstance ? keyOf(g.type_id, g.instance_id) : keyOf(g.type_id, null);
        const base = { interventionTypeId: g.type_id, instanceId: byInstance ? g.instance_id : null };
        if (hiddenGroups.has(key)) return { ...base, suppressed: true, responses: null, questions: [] };
        const perQuestion = summaries.get(g.type_id) ?? new Map<string, QuestionSummaries>();
        return {
          ...base,
          suppressed: false,
          responses: g.responses,
          questions: questions.flatMap((q) => {
            const both = perQuestion.get(q.id);
            const summary = byInstance ? both?.instances[key] : both?.type;
            if (summary === undefined || summary === null) return [];
            const head = { questionId: q.id, koladaId: q.koladaId, text: q.text, kind: q.kind };
            return [
              summary.suppressed
                ? { ...head, suppressed: true, answered: null, dontKnow: null, distribution: [] }
                : {
                    ...head,
                    suppressed: false,
                    answered: summary.answered,
                    dontKnow: q.kind === 'scale' ? summary.dontKnow : null,
                    distribution: summary.distribution,
                  },
            ];
          }),
        };
      }),
    };
  }
}

function keyOf(typeId: string, instanceId: string | null): string {
  return `${typeId}/${instanceId ?? ''}`;
}
