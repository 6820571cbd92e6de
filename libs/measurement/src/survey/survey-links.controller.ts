import { Body, Controller, Get, HttpCode, Param, Post, Req } from '@nestjs/common';
import {
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { ThrottledAsSignIn } from '@steg/access';
import { Public } from '@steg/http';
import { PublicSurveyDto, RecordSurveyResponseDto } from './dto/survey.dto';
import { type LinkRequest, SurveyLinksService } from './survey-links.service';

const GONE =
  'SURVEY_LINK_NOT_FOUND: the same answer for a wrong, used or expired link, or one whose survey was ' +
  'answered another way — nothing tells them apart.';
const LIMITED =
  'No sign-in: the token is the key. Counted against the sign-in rate limit per client address ' +
  '(LOGIN_RATE_LIMIT_PER_MINUTE), so tokens cannot be guessed at speed.';

function linkRequest(request: FastifyRequest): LinkRequest {
  return {
    requestId: String(request.id),
    ip: request.ip,
    route: `${request.method} ${request.routeOptions.url ?? ''}`,
  };
}

/** The participant's side of a one-time survey link (brukaruppföljning): public, rate-limited. */
@ApiTags('surveys')
@Controller('survey-links/:token')
export class SurveyLinksController {
  constructor(private readonly links: SurveyLinksService) {}

  @Get()
  @Public()
  @ThrottledAsSignIn()
  @ApiOperation({
    summary: 'Open a survey through a one-time link',
    description: `The survey's questions and nothing else: no name, no intervention, nothing about the person. ${LIMITED}`,
  })
  @ApiOkResponse({ type: PublicSurveyDto })
  @ApiNotFoundResponse({ description: GONE })
  open(@Req() request: FastifyRequest, @Param('token') token: string): Promise<PublicSurveyDto> {
    return this.links.open(linkRequest(request), token);
  }

  @Post()
  @Public()
  @ThrottledAsSignIn()
  @HttpCode(204)
  @ApiOperation({
    summary: 'Answer the survey through a one-time link',
    description:
      'The answers as in a meeting (a value or dontKnow per scale question, text for free text; ' +
      `questions left out are unanswered). The link is used up; the answers are never changed. ${LIMITED}`,
  })
  @ApiNoContentResponse({ description: 'Received' })
  @ApiNotFoundResponse({ description: GONE })
  answer(
    @Req() request: FastifyRequest,
    @Param('token') token: string,
    @Body() body: RecordSurveyResponseDto,
  ): Promise<void> {
    return this.links.answer(linkRequest(request), token, body);
  }

  @Post('decline')
  @Public()
  @ThrottledAsSignIn()
  @HttpCode(204)
  @ApiOperation({
    summary: 'Decline the survey through a one-time link (avböj)',
    description: `Recorded as declined; the link is used up. ${LIMITED}`,
  })
  @ApiNoContentResponse({ description: 'Recorded' })
  @ApiNotFoundResponse({ description: GONE })
  decline(@Req() request: FastifyRequest, @Param('token') token: string): Promise<void> {
    return this.links.decline(linkRequest(request), token);
  }
}
