import { Body, Controller, Get, Headers, HttpCode, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiHeader,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Access, Actor, CurrentActor, etagFor, versionFromIfMatch } from '@steg/http';
import { CreateSurveyQuestionDto, SurveyQuestionDto, SurveyQuestionListDto } from './dto/survey.dto';
import { SurveyQuestionsService } from './survey-questions.service';

const ADMIN = { roles: ['admin'] } as const;

@ApiTags('surveys')
@Controller('survey-questions')
export class SurveyQuestionsController {
  constructor(private readonly questions: SurveyQuestionsService) {}

  @Get()
  @Access(ADMIN)
  @ApiOperation({
    summary: "The municipality's survey questions (brukaruppföljning)",
    description:
      'The standard set — the ten Finsam items (Kolada U40460–U40469) on a 1–5 agree scale with "vet inte", ' +
      'and a free-text question — and the questions the municipality added; deactivated ones last. ' +
      'Questions are never edited: deactivate one and add another.',
  })
  @ApiOkResponse({ type: SurveyQuestionListDto })
  list(@CurrentActor() actor: Actor): Promise<SurveyQuestionListDto> {
    return this.questions.list(actor);
  }

  @Post()
  @Access(ADMIN)
  @ApiOperation({
    summary: 'Add a survey question',
    description:
      'A statement on a scale (scaleMin–scaleMax, default 1–5 with the labels "Instämmer inte alls" … ' +
      '"Instämmer helt"; "vet inte" is always offered) or a free-text question, asked from now on in ' +
      'every survey not yet answered, after the existing questions.',
  })
  @ApiCreatedResponse({ type: SurveyQuestionDto })
  add(@CurrentActor() actor: Actor, @Body() body: CreateSurveyQuestionDto): Promise<SurveyQuestionDto> {
    return this.questions.add(actor, body);
  }

  @Post(':id/deactivate')
  @HttpCode(200)
  @Access(ADMIN)
  @ApiHeader({ name: 'If-Match', required: true, description: 'The version you read, e.g. "1"' })
  @ApiOperation({
    summary: 'Deactivate a survey question',
    description:
      'No longer asked; the answers it got stay, and stay in the results. Needs If-Match with the ' +
      "question's version (428 without, 412 when stale). 409 SURVEY_QUESTION_INACTIVE when already " +
      'deactivated.',
  })
  @ApiOkResponse({ type: SurveyQuestionDto })
  @ApiNotFoundResponse({ description: 'SURVEY_QUESTION_NOT_FOUND: not a question of your municipality' })
  @ApiConflictResponse({ description: 'SURVEY_QUESTION_INACTIVE' })
  async deactivate(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<SurveyQuestionDto> {
    const question = await this.questions.deactivate(actor, id, versionFromIfMatch(ifMatch));
    void reply.header('ETag', etagFor(question.version));
    return question;
  }
}
