import {
  Body,
  Controller,
  Get,
  Headers,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Patch,
  Post,
  Query,
  Res,
} from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiHeader,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiPreconditionFailedResponse,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { CASE_ACCESS } from '@steg/access';
import { Access, Actor, CurrentActor, etagFor, versionFromIfMatch } from '@steg/http';
import { OUTCOME_CATEGORY_TERMS } from './dto/openapi-terms';
import {
  CorrectEnrolmentStartDto,
  EnrolmentsQuery,
  ExitEnrolmentDto,
  UpdateEnrolmentDto,
} from './dto/enrolment.dto';
import {
  EnrolmentDto,
  EnrolmentPageDto,
  EnrolmentStartCorrectionListDto,
} from './dto/enrolment-response.dto';
import { EnrolmentsService } from './enrolments.service';

const { read: READ, edit: EDIT } = CASE_ACCESS.enrolments;
const PERSON = { personalData: {} };
const NOT_VISIBLE = 'Unknown, or not visible to you (no relation to the person through your units).';

@ApiTags('enrolments')
@Controller('enrolments')
export class EnrolmentsController {
  constructor(private readonly enrolments: EnrolmentsService) {}

  @Get()
  @Access({ roles: READ, ...PERSON })
  @ApiOperation({
    summary: "A participant's enrolments (inskrivningar), newest first",
    description:
      'An enrolment starts when an AME unit accepts a referral (aktualisering) and ends with an exit ' +
      '(avslut) and its outcome. Needs the case view of the person; the read is audit-logged.',
  })
  @ApiOkResponse({ type: EnrolmentPageDto })
  @ApiNotFoundResponse({ description: 'PARTICIPANT_NOT_FOUND: unknown or not visible to you' })
  list(@CurrentActor() actor: Actor, @Query() query: EnrolmentsQuery): Promise<EnrolmentPageDto> {
    return this.enrolments.list(actor, query);
  }

  @Get(':id')
  @Access({ roles: READ, ...PERSON })
  @ApiOperation({ summary: 'Read an enrolment (inskrivning) and its exit (avslut), if any' })
  @ApiOkResponse({ type: EnrolmentDto })
  @ApiNotFoundResponse({ description: NOT_VISIBLE })
  async get(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<EnrolmentDto> {
    const enrolment = await this.enrolments.get(actor, id);
    void reply.header('ETag', etagFor(enrolment.version));
    return enrolment;
  }

  @Patch(':id')
  @Access({ roles: EDIT, ...PERSON })
  @ApiHeader({ name: 'If-Match', required: true, description: 'The ETag you read, e.g. "3"' })
  @ApiOperation({
    summary: 'Change the responsible coach, the IFO caseworker or the time without work',
    description:
      'By a coach or manager of the AME unit. Needs If-Match; a stale version answers 412. An exited ' +
      '(avslutad) enrolment cannot be changed (409 ENROLMENT_ALREADY_EXITED).',
  })
  @ApiOkResponse({ type: EnrolmentDto })
  @ApiNotFoundResponse({ description: NOT_VISIBLE })
  @ApiConflictResponse({ description: 'ENROLMENT_ALREADY_EXITED' })
  @ApiUnprocessableEntityResponse({ description: 'ENROLMENT_COACH_INVALID, ENROLMENT_CASEWORKER_INVALID' })
  async update(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Headers('if-match') ifMatch: string | undefined,
    @Body() body: UpdateEnrolmentDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<EnrolmentDto> {
    const enrolment = await this.enrolments.update(actor, id, versionFromIfMatch(ifMatch), body);
    void reply.header('ETag', etagFor(enrolment.version));
    return enrolment;
  }

  @Post(':id/start-date-corrections')
  @HttpCode(200)
  @Access({ roles: EDIT, ...PERSON })
  @ApiHeader({ name: 'If-Match', required: true, description: 'The ETag you read, e.g. "3"' })
  @ApiOperation({
    summary: "Correct an enrolment's start date (inskrivningsdatum) with a reason",
    description:
      'By a coach or manager of the AME unit. The old and the new date, the reason, who and when are ' +
      'kept (GET …/start-date-corrections); the enrolment gets the new date and a new version. Needs ' +
      'If-Match (412 when stale, 428 when missing). Every problem is answered at once in errors[]; the ' +
      'code names the first: a start after something recorded is 409 — ENROLMENT_START_AFTER_PLACEMENT ' +
      '(the first placement start), ENROLMENT_START_AFTER_ATTENDANCE (a day with attendance), ' +
      'ENROLMENT_START_AFTER_EXIT (the exit date); a broken date rule is 422 — ENROLMENT_START_IN_FUTURE, ' +
      'ENROLMENT_START_BEFORE_REFERRAL (before the day the referral was sent), ENROLMENT_START_UNCHANGED. ' +
      'Each boundary day itself is allowed.',
  })
  @ApiOkResponse({ type: EnrolmentDto })
  @ApiNotFoundResponse({ description: NOT_VISIBLE })
  @ApiPreconditionFailedResponse({ description: 'STALE_VERSION: the enrolment changed since you read it' })
  @ApiConflictResponse({
    description:
      'ENROLMENT_START_AFTER_PLACEMENT, ENROLMENT_START_AFTER_ATTENDANCE, ENROLMENT_START_AFTER_EXIT',
  })
  @ApiUnprocessableEntityResponse({
    description: 'ENROLMENT_START_IN_FUTURE, ENROLMENT_START_BEFORE_REFERRAL, ENROLMENT_START_UNCHANGED',
  })
  async correctStart(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Headers('if-match') ifMatch: string | undefined,
    @Body() body: CorrectEnrolmentStartDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<EnrolmentDto> {
    const enrolment = await this.enrolments.correctStart(actor, id, versionFromIfMatch(ifMatch), body);
    void reply.header('ETag', etagFor(enrolment.version));
    return enrolment;
  }

  @Get(':id/start-date-corrections')
  @Access({ roles: READ, ...PERSON })
  @ApiOperation({
    summary: "The history of an enrolment's start date: every correction, oldest first",
    description: 'Needs the case view of the person; the read is audit-logged.',
  })
  @ApiOkResponse({ type: EnrolmentStartCorrectionListDto })
  @ApiNotFoundResponse({ description: NOT_VISIBLE })
  startCorrections(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
  ): Promise<EnrolmentStartCorrectionListDto> {
    return this.enrolments.startCorrections(actor, id);
  }

  @Post(':id/exit')
  @HttpCode(200)
  @Access({ roles: EDIT, ...PERSON })
  @ApiOperation({
    summary: 'Exit (avsluta) an enrolment with its outcome',
    description:
      `By a coach or manager of the AME unit. Records the facts of where the person went and derives ` +
      `the outcome category from them (never chosen by hand). ${OUTCOME_CATEGORY_TERMS} A missing ` +
      `deciding fact (e.g. employmentLastsOneMonth for employment) answers 400 EXIT_FACTS_INCOMPLETE ` +
      `naming the field. The exit date may not be in the future nor before the start (422 ` +
      `EXIT_BEFORE_START). The unit's relation to the person closes on the exit date; access then lasts ` +
      `90 more days. A second exit answers 409 ENROLMENT_ALREADY_EXITED. While a development plan or a ` +
      `placement is still open the exit is refused with 409 ENROLMENT_HAS_OPEN_ITEMS listing them: end ` +
      `them first (the plan with reason enrolment_exited).`,
  })
  @ApiOkResponse({ type: EnrolmentDto })
  @ApiNotFoundResponse({ description: NOT_VISIBLE })
  @ApiConflictResponse({ description: 'ENROLMENT_ALREADY_EXITED' })
  @ApiUnprocessableEntityResponse({ description: 'EXIT_BEFORE_START' })
  async exit(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: ExitEnrolmentDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<EnrolmentDto> {
    const enrolment = await this.enrolments.exit(actor, id, body);
    void reply.header('ETag', etagFor(enrolment.version));
    return enrolment;
  }
}
