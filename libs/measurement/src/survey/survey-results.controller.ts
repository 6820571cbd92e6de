import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access, Actor, CurrentActor } from '@steg/http';
import { MIN_GROUP_SIZE } from './domain/survey.rules';
import { SurveyResultsDto, SurveyResultsQuery } from './dto/survey.dto';
import { SurveyResultsService } from './survey-results.service';

@ApiTags('surveys')
@Controller('survey-results')
export class SurveyResultsController {
  constructor(private readonly results: SurveyResultsService) {}

  @Get()
  @Access({ roles: ['unit_manager', 'analyst'] })
  @ApiOperation({
    summary: 'Survey results per intervention (brukaruppföljning, Deltagarbedömning Finsam)',
    description:
      'Answered surveys of placements ended in [from, to], per intervention type (or instance): per ' +
      'question the number who answered, "vet inte", and the count per scale value. A group of fewer ' +
      `than ${MIN_GROUP_SIZE} answered surveys, and a question fewer than ${MIN_GROUP_SIZE} answered, ` +
      'show no figures (suppressed). Free-text answers are counted, never shown. Declines are not answers.',
  })
  @ApiOkResponse({ type: SurveyResultsDto })
  get(@CurrentActor() actor: Actor, @Query() query: SurveyResultsQuery): Promise<SurveyResultsDto> {
    return this.results.results(actor, query);
  }
}
