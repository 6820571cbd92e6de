import { Module } from '@nestjs/common';

/**
 * Measuring progress (libs/measurement): BIP assessments, the participant survey after each finished
 * intervention, the follow-up of the outcome after exit and periods of försörjningsstöd. Every read
 * and write of a person's data goes through the case-data gate (CaseWork).
 */
@Module({
  imports: [],
  controllers: [],
  providers: [],
  exports: [],
})
export class MeasurementModule {}
