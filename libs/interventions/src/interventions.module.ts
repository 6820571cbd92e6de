import { Module, OnModuleInit } from '@nestjs/common';
import { AccessModule } from '@steg/access';
import { AuditModule } from '@steg/audit';
import { EnrolmentExitChecks, EnrolmentRecordedDays, ReferralsModule } from '@steg/referrals';
import { ClosureDaysController } from './closure-days.controller';
import { ClosureDaysService } from './closure-days.service';
import { FundingController } from './funding.controller';
import { FundingService } from './funding.service';
import { InstanceFactsReader } from './instance-facts';
import { SwedishCalendar } from './domain/calendar.rules';
import { FirstInterventionStarts } from './first-intervention-start.port';
import { ReferralsFirstInterventionStarts } from './first-intervention-start.adapter';
import { InterventionInstancesController } from './intervention-instances.controller';
import { InterventionInstancesService } from './intervention-instances.service';
import { InterventionTypesController } from './intervention-types.controller';
import { InterventionTypesService } from './intervention-types.service';
import { PlacementsController } from './placements.controller';
import { InterventionTypeFactsReader } from './intervention-type-facts';
import { PlacementFactsReader } from './placement-facts';
import { PlacementLocks } from './placement-locks';
import { openPlacementItems } from './placements.queries';
import { PlacementsService } from './placements.service';
import { SitesController } from './sites.controller';
import { SitesService } from './sites.service';
import { SupervisorPlacementsController } from './supervisor-placements.controller';
import { SupervisorWorkTeamsController } from './supervisor-work-teams.controller';
import { WorkTeamsController } from './work-teams.controller';
import { WorkTeamsService } from './work-teams.service';

@Module({
  imports: [AccessModule, AuditModule, ReferralsModule],
  controllers: [
    InterventionTypesController,
    SitesController,
    InterventionInstancesController,
    WorkTeamsController,
    PlacementsController,
    SupervisorPlacementsController,
    SupervisorWorkTeamsController,
    ClosureDaysController,
    FundingController,
  ],
  providers: [
    ClosureDaysService,
    InterventionTypesService,
    SitesService,
    InterventionInstancesService,
    WorkTeamsService,
    PlacementsService,
    PlacementLocks,
    PlacementFactsReader,
    InterventionTypeFactsReader,
    InstanceFactsReader,
    FundingService,
    // TEMPORARY: the referrals context will provide this port (see first-intervention-start.temporary.ts).
    { provide: FirstInterventionStarts, useClass: ReferralsFirstInterventionStarts },
    // The default Swedish calendar (helgdagsaftnar closed); the days a unit closes come from ClosureDaysService.
    { provide: SwedishCalendar, useValue: new SwedishCalendar() },
  ],
  exports: [
    ClosureDaysService,
    PlacementsService,
    SwedishCalendar,
    PlacementLocks,
    PlacementFactsReader,
    InterventionTypeFactsReader,
    InstanceFactsReader,
  ],
})
export class InterventionsModule implements OnModuleInit {
  constructor(
    private readonly exitChecks: EnrolmentExitChecks,
    private readonly recordedDays: EnrolmentRecordedDays,
    private readonly placements: PlacementFactsReader,
  ) {}

  /**
   * An enrolment with placements not yet ended cannot exit (409 ENROLMENT_HAS_OPEN_ITEMS lists them),
   * and its start cannot be corrected to after its first placement's start.
   */
  onModuleInit(): void {
    this.exitChecks.register('placements', openPlacementItems);
    this.recordedDays.register('placement', async (manager, municipalityId, enrolmentId) => {
      const [first] = await this.placements.underEnrolment(manager, municipalityId, enrolmentId);
      return first?.startDate ?? null;
    });
  }
}
