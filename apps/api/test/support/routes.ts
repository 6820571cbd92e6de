import { RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { ACCESS_METADATA, AccessSpec } from '@steg/http';
import { API_PREFIX } from '../../configure-app';
import type { TestApp } from './test-app';

/** One route the app really mounted, with the access it declares. */
export interface Route {
  key: string;
  method: string;
  path: string;
  spec: AccessSpec | undefined;
}

/** Every route of the app (it must be started with DiscoveryModule among its extra modules). */
export function listRoutes(t: TestApp): Route[] {
  const discovery = t.app.get(DiscoveryService);
  const scanner = t.app.get(MetadataScanner);
  const reflector = t.app.get(Reflector);
  const routes: Route[] = [];
  for (const wrapper of discovery.getControllers()) {
    const { instance, metatype } = wrapper;
    if (!instance || !metatype) continue;
    const prototype = Object.getPrototypeOf(instance) as object;
    const base = String(Reflect.getMetadata(PATH_METADATA, metatype) ?? '');
    for (const name of scanner.getAllMethodNames(prototype)) {
      const handler = (prototype as Record<string, unknown>)[name] as object;
      const sub = Reflect.getMetadata(PATH_METADATA, handler) as string | undefined;
      if (sub === undefined) continue;
      const method = RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod];
      const path = `/${API_PREFIX}/${[base, sub]
        .map((p) => p.replace(/^\/|\/$/g, ''))
        .filter(Boolean)
        .join('/')}`;
      const spec = reflector.getAllAndOverride<AccessSpec | undefined>(ACCESS_METADATA, [
        handler as () => void,
        metatype,
      ]);
      routes.push({ key: `${method} ${path}`, method, path, spec });
    }
  }
  return routes;
}
