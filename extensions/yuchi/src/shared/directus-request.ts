// What Directus adds to an Express request before an extension's route or middleware sees it.
import type { Accountability, SchemaOverview } from '@directus/types';
import type { NextFunction, Request, RequestHandler, Response } from 'express';

export type DirectusRequest = Request & {
  accountability?: Accountability | null;
  schema?: SchemaOverview;
  sanitizedQuery?: { export?: unknown };
};

/** Wraps an async handler so a thrown error reaches Directus's error handler (typed code, never a bare 500). */
export function asyncRoute(handler: (req: DirectusRequest, res: Response) => Promise<void>): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => {
    handler(req as DirectusRequest, res).catch(next);
  };
}
