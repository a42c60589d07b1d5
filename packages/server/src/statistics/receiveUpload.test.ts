// The statistics upload: the file reaches the handler as a temporary file, which is gone
// afterwards whatever happened, and a file over the limit is refused without being read.

import { existsSync, readFileSync } from 'node:fs';
import fastifyMultipart from '@fastify/multipart';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { registerErrorHandler } from '../http/errorHandler';
import { uploadForm } from '../../test/projectFixtures';
import { withUploadedFile } from './receiveUpload';

describe('withUploadedFile', () => {
  let app: FastifyInstance;
  const seen: { path: string; content: string; options: unknown }[] = [];

  beforeAll(async () => {
    app = Fastify();
    registerErrorHandler(app);
    await app.register(fastifyMultipart, {
      limits: { fileSize: 10, files: 1 },
      throwFileSizeLimit: true,
    });
    const schema = z.object({ name: z.string().optional() });
    app.post('/upload', async (request) =>
      withUploadedFile(
        request,
        schema,
        async (upload) => {
          seen.push({
            path: upload.path,
            content: readFileSync(upload.path, 'utf8'),
            options: upload.options,
          });
          if (upload.options.name === 'fail') throw new Error('handler failed');
          return { fileName: upload.fileName };
        },
        1024,
      ),
    );
    await app.ready();
  });
  afterAll(() => app.close());

  const post = (form: FormData) => app.inject({ method: 'POST', url: '/upload', payload: form });

  it('hands the file over as a temporary file above the app-wide limit, and deletes it after', async () => {
    const content = 'x'.repeat(1000);
    const response = await post(uploadForm('data.csv', content, { name: 'Mine' }));
    expect(response.json()).toEqual({ fileName: 'data.csv' });
    const last = seen.at(-1)!;
    expect(last).toMatchObject({ content, options: { name: 'Mine' } });
    expect(existsSync(last.path)).toBe(false);
  });

  it('deletes the temporary file when the handler fails', async () => {
    const response = await post(uploadForm('data.csv', 'a,b\n', { name: 'fail' }));
    expect(response.statusCode).toBe(500);
    expect(existsSync(seen.at(-1)!.path)).toBe(false);
  });

  it('refuses a file over the limit with 413 and never calls the handler', async () => {
    const before = seen.length;
    const response = await post(uploadForm('big.csv', 'y'.repeat(1025)));
    expect(response.statusCode).toBe(413);
    expect(response.json()).toMatchObject({
      error: { code: 'payload_too_large', message: 'the file is too large (at most 1 KB)' },
    });
    expect(seen.length).toBe(before);
  });

  it('refuses options that are not JSON or do not fit the schema, naming the option', async () => {
    const form = new FormData();
    form.append('file', new Blob(['a']), 'a.csv');
    form.append('options', '{"name": 5}');
    const response = await post(form);
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({
      error: { code: 'validation', issues: [{ path: 'options.name' }] },
    });
  });
});
