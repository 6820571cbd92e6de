import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access, Actor, CurrentActor } from '@steg/http';
import { WorklistDto } from './dto/worklist.dto';
import { WorklistService } from './worklist.service';

@ApiTags('worklist')
@Controller('worklist')
export class WorklistController {
  constructor(private readonly worklist: WorklistService) {}

  @Get()
  @Access({ roles: ['ifo_caseworker', 'ame_coach', 'unit_manager', 'supervisor'], personalData: {} })
  @ApiOperation({
    summary: 'My work list (att göra)',
    description:
      'What is due or overdue for you, computed from the data now: follow-up meetings (due 6 weeks after ' +
      'the last, overdue after 8, per the municipality), case reviews twice a year for the people you follow ' +
      'as IFO caseworker, plans without a dated goal, placements ending within 14 days (also for their ' +
      "supervisor), unread report-backs to you, referrals waiting for your units' decision, absence " +
      'dialogues (frånvarodialoger) waiting for your part when it is your turn (AME first; IFO once AME has ' +
      'written its account; overdue past their deadline), attendance months not signed (attest) five working ' +
      "days after they ended, a coach's enrolments without a development plan, an IFO caseworker's unread " +
      'attendance reports (närvarorapporter), and for a supervisor the scheduled days of their placements and ' +
      'teams that passed without a report and may still be reported (the back-reporting window; holidays and ' +
      'unscheduled days excluded). Each item links to its resource. Listing a person is audit-logged.',
  })
  @ApiOkResponse({ type: WorklistDto })
  get(@CurrentActor() actor: Actor): Promise<WorklistDto> {
    return this.worklist.forUser(actor);
  }
}
