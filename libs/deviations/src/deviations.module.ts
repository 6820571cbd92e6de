import { Module } from '@nestjs/common';

/**
 * Deviations (avvikelser) and complaints (klagomål) raised to the unit manager. A deviation that names
 * a participant is case data: its reads and writes go through the case-data gate (CaseWork).
 */
@Module({
  imports: [],
  controllers: [],
  providers: [],
  exports: [],
})
export class DeviationsModule {}
