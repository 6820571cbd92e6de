import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class NamedRefDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  name: string;
}

export class SupervisorTeamInstanceDto extends NamedRefDto {
  @ApiProperty({ description: 'The kind of intervention (insats), e.g. Arbetsträning snickeri' })
  typeName: string;
}

/** A team the supervisor leads, with what they need to open today's sheet. No person's data. */
export class SupervisorWorkTeamDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ description: 'Work team (arbetslag)', example: 'Renare stad' })
  name: string;

  @ApiPropertyOptional({
    type: NamedRefDto,
    nullable: true,
    description: 'The site (arbetsträningsplats) of the intervention instance',
  })
  site: NamedRefDto | null;

  @ApiProperty({ type: SupervisorTeamInstanceDto, description: 'The intervention instance' })
  instance: SupervisorTeamInstanceDto;

  @ApiProperty({ description: 'People placed in the team today (placements started and not ended)' })
  memberCount: number;

  @ApiProperty({
    description: "Today's day sheet (dagens närvarolista) of the team: GET it to see, PUT it to report",
    example: '/api/v1/attendance/teams/0b5e…/days/2026-03-16',
  })
  todaySheet: string;
}

export class SupervisorWorkTeamPageDto {
  @ApiProperty({ type: [SupervisorWorkTeamDto] })
  items: SupervisorWorkTeamDto[];

  @ApiPropertyOptional({ nullable: true, type: String, description: 'Cursor for the next page' })
  nextCursor: string | null;
}
