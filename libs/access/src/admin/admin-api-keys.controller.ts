import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { Access, Actor, CurrentActor } from '@steg/http';
import { AdminApiKeysService } from './admin-api-keys.service';
import { AdminListQuery } from './dto/admin-common.dto';
import { ApiKeyPageDto, CreatedApiKeyDto } from './dto/admin-response.dto';
import { CreateApiKeyDto } from './dto/api-key.dto';

const ADMIN = { roles: ['admin'] } as const;

@ApiTags('admin')
@Controller('admin/api-keys')
export class AdminApiKeysController {
  constructor(private readonly apiKeys: AdminApiKeysService) {}

  @Get()
  @Access(ADMIN)
  @ApiOperation({
    summary: "List your municipality's API keys",
    description: 'Revoked keys included. The secret is never shown again, only its prefix.',
  })
  @ApiOkResponse({ type: ApiKeyPageDto })
  list(@CurrentActor() actor: Actor, @Query() query: AdminListQuery): Promise<ApiKeyPageDto> {
    return this.apiKeys.list(actor, query);
  }

  @Post()
  @Access(ADMIN)
  @ApiOperation({
    summary: 'Create an API key for an integration script',
    description:
      'Returns the key once; only a hash is stored. The script sends it as Authorization: ApiKey <key> and ' +
      'may call the routes its scopes open.',
  })
  @ApiCreatedResponse({ type: CreatedApiKeyDto })
  create(@CurrentActor() actor: Actor, @Body() body: CreateApiKeyDto): Promise<CreatedApiKeyDto> {
    return this.apiKeys.create(actor, body);
  }

  @Delete(':id')
  @HttpCode(204)
  @Access(ADMIN)
  @ApiOperation({
    summary: 'Revoke an API key',
    description: 'The key stops working at once. The row stays, with who revoked it and when.',
  })
  @ApiNoContentResponse({ description: 'Revoked' })
  @ApiNotFoundResponse({ description: 'No such API key in your municipality.' })
  @ApiConflictResponse({ description: 'API_KEY_ALREADY_REVOKED' })
  revoke(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string): Promise<void> {
    return this.apiKeys.revoke(actor, id);
  }
}
