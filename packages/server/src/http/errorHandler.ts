// Turns every error into a JSON answer `{ error: { code, message, issues } }`. Input errors
// name their place; anything unexpected is logged and answered with a plain 500.

import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { DuplicateError, MissingReferenceError } from '@kume/db';
import { FileFormatError } from '@kume/io';
import { HttpError, type ErrorCode, type ErrorIssue } from './httpError';

function body(code: ErrorCode, message: string, issues: ErrorIssue[] = [], details?: unknown) {
  return { error: { code, message, issues, ...(details === undefined ? {} : { details }) } };
}

export function registerErrorHandler(app: FastifyInstance) {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof HttpError) {
      return reply
        .status(error.statusCode)
        .send(body(error.code, error.message, error.issues, error.details));
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const where = error.validationContext ?? 'body';
      const issues = error.validation.map((issue) => ({
        path: [where, ...issue.instancePath.split('/').filter(Boolean)].join('.'),
        message: issue.message ?? 'invalid',
      }));
      return reply
        .status(400)
        .send(
          body(
            'validation',
            `invalid ${where}: ${issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`,
            issues,
          ),
        );
    }
    if (error instanceof FileFormatError) {
      return reply
        .status(error.code === 'payload_too_large' ? 413 : 400)
        .send(body(error.code, error.message));
    }
    if (error instanceof DuplicateError) {
      return reply
        .status(409)
        .send(body('conflict', error.message, [{ path: error.field, message: error.message }]));
    }
    if (error instanceof MissingReferenceError) {
      return reply
        .status(400)
        .send(body('validation', error.message, [{ path: error.field, message: error.message }]));
    }
    const status = error.statusCode ?? 500;
    if (status === 413 && request.routeOptions.config.respondent) {
      const kilobytes = Math.round((request.routeOptions.bodyLimit ?? 0) / 1024);
      return reply
        .status(413)
        .send(
          body(
            'payload_too_large',
            `the answers are too large to save (at most ${kilobytes} KB); shorten the longest texts`,
          ),
        );
    }
    if (
      status === 413 ||
      error.code === 'FST_REQ_FILE_TOO_LARGE' ||
      error.code === 'FST_FILES_LIMIT'
    ) {
      return reply
        .status(413)
        .send(body('payload_too_large', 'the upload is too large (at most 10 MB)'));
    }
    if (status === 429)
      return reply
        .status(429)
        .send(body('rate_limited', 'too many attempts; wait a minute and try again'));
    if (status >= 400 && status < 500) {
      return reply
        .status(status)
        .send(body(status === 404 ? 'not_found' : 'bad_request', error.message));
    }
    request.log.error({ err: error }, 'request failed');
    return reply
      .status(500)
      .send(body('internal', 'something went wrong on the server; the error is logged'));
  });
}
