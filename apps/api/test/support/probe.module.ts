import { Body, Controller, Get, Module, Post } from '@nestjs/common';
import { IsInt, IsString, Length, Min } from 'class-validator';
import { Public } from '@steg/http';
import { DomainError } from '@steg/kernel';

class EchoDto {
  @IsString()
  @Length(1, 50)
  name: string;

  @IsInt()
  @Min(0)
  age: number;
}

/**
 * A test-only module mounted next to the real ones to prove the HTTP pipeline (validation, error
 * mapping) before feature routes exist. Never part of the production app.
 */
@Public()
@Controller('_probe')
class ProbeController {
  @Post('echo')
  echo(@Body() body: EchoDto): EchoDto {
    return body;
  }

  @Get('conflict')
  conflict(): never {
    throw new DomainError('PROBE_CONFLICT', 'conflict', 'The probe is in a state that does not allow this.');
  }

  @Get('crash')
  crash(): never {
    throw new Error('connection string postgres://secret@db/internal leaked');
  }
}

@Module({ controllers: [ProbeController] })
export class ProbeModule {}
