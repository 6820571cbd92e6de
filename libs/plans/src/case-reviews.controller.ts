import { Body, Controller, Get, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { CASE_ACCESS } from '@steg/access';
import { Access, Actor, CurrentActor } from '@steg/http';
import { CaseReviewDto, CaseReviewListDto, RecordCaseReviewDto } from './dto/case-review.dto';
import { CASE_REVIEW_TERMS } from './dto/openapi-terms';
import { CaseReviewsService } from './case-reviews.service';

const NOT_VISIBLE = 'Unknown, or not visible to you (no relation to the person through your units).';

@ApiTags('follow-ups')
@Controller('participants/:participantId/case-reviews')
export class CaseReviewsController {
  constructor(private readonly reviews: CaseReviewsService) {}

  @Post()
  @Access({ roles: CASE_ACCESS.plans.review, personalData: { participantParam: 'participantId' } })
  @ApiOperation({
    summary: 'Record a case review (genomgång av ärende)',
    description:
      `${CASE_REVIEW_TERMS} By an IFO caseworker (socialsekreterare) for the caseload of one of their IFO ` +
      `units (unitId; needed only when they work in several). The person must be on that unit's caseload ` +
      `(422 CASE_REVIEW_NOT_ON_CASELOAD). reviewedOn is not in the future.`,
  })
  @ApiCreatedResponse({ type: CaseReviewDto })
  @ApiNotFoundResponse({ description: `PARTICIPANT_NOT_FOUND: ${NOT_VISIBLE}` })
  @ApiUnprocessableEntityResponse({ description: 'CASE_REVIEW_NOT_ON_CASELOAD' })
  record(
    @CurrentActor() actor: Actor,
    @Param('participantId', ParseUUIDPipe) participantId: string,
    @Body() body: RecordCaseReviewDto,
  ): Promise<CaseReviewDto> {
    return this.reviews.record(actor, participantId, body);
  }

  @Get()
  @Access({ roles: CASE_ACCESS.plans.read, personalData: { participantParam: 'participantId' } })
  @ApiOperation({
    summary: "A person's case reviews (genomgångar av ärende) and when the next is due",
    description:
      `${CASE_REVIEW_TERMS} The next review is due the municipality's interval (6 months by default) after ` +
      `the last review, or after the person came onto an IFO caseload when there was none, and stays due ` +
      `until one is recorded. The read is audit-logged.`,
  })
  @ApiOkResponse({ type: CaseReviewListDto })
  @ApiNotFoundResponse({ description: `PARTICIPANT_NOT_FOUND: ${NOT_VISIBLE}` })
  list(
    @CurrentActor() actor: Actor,
    @Param('participantId', ParseUUIDPipe) participantId: string,
  ): Promise<CaseReviewListDto> {
    return this.reviews.list(actor, participantId);
  }
}
