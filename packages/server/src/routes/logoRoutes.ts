// The project's logo for the deck's slides: upload one PNG or JPEG (recognised by its bytes, at
// most 1 MB), read it back, remove it.

import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { deleteProjectLogo, findProjectLogo, setProjectLogo } from '@kume/db';
import { LogoImageError, MAX_LOGO_BYTES, readLogoImage } from '../deck/logoImage';
import { badRequest, HttpError, notFound } from '../http/httpError';
import { projectAccess } from '../http/projectAccess';
import { slugParam } from './params';

export const logoInfoSchema = z.object({
  mediaType: z.enum(['image/png', 'image/jpeg']),
  width: z.number(),
  height: z.number(),
});

const tooLarge = () =>
  new HttpError(
    413,
    'payload_too_large',
    'the logo is too large (at most 1 MB); save it smaller or as a JPEG',
  );

/** The bytes of the request's one `file` part; 413 past MAX_LOGO_BYTES, 400 without a file. */
async function readLogoUpload(request: FastifyRequest): Promise<Buffer> {
  if (!request.isMultipart())
    throw badRequest('send the logo as multipart/form-data with a "file" part');
  let bytes: Buffer | undefined;
  try {
    for await (const part of request.parts({ limits: { fileSize: MAX_LOGO_BYTES, files: 1 } })) {
      if (part.type !== 'file') continue;
      if (part.fieldname !== 'file' || bytes) {
        part.file.resume();
        throw badRequest('send exactly one file, in the "file" part');
      }
      bytes = await part.toBuffer();
      // busboy ends a file at the limit and marks it truncated: never keep a cut image.
      if (part.file.truncated) throw tooLarge();
    }
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'FST_REQ_FILE_TOO_LARGE' || code === 'FST_FILES_LIMIT') throw tooLarge();
    throw error;
  }
  if (!bytes) throw badRequest('no file was sent (the "file" part is missing)');
  return bytes;
}

export async function logoRoutes(appBase: FastifyInstance) {
  const app = appBase.withTypeProvider<ZodTypeProvider>();
  const { db, now } = app.kume;
  const tags = ['information day'];

  app.get(
    '/api/projects/:slug/logo',
    {
      schema: {
        tags,
        summary: "The project's logo image (PNG or JPEG); 404 when it has none",
        params: slugParam,
      },
    },
    async (request, reply) => {
      const { project } = await projectAccess(request, request.params.slug, 'read');
      const logo = await findProjectLogo(db, project.id);
      if (!logo) throw notFound('logo');
      return reply
        .header('content-type', logo.mediaType)
        .header('cache-control', 'no-store')
        .send(Buffer.from(logo.base64, 'base64'));
    },
  );

  app.put(
    '/api/projects/:slug/logo',
    {
      schema: {
        tags,
        summary:
          "Sets the project's logo: one PNG or JPEG file (multipart `file`), at most 1 MB; answers its type and pixel size",
        params: slugParam,
        consumes: ['multipart/form-data'],
        response: { 200: logoInfoSchema },
      },
    },
    async (request) => {
      const { project } = await projectAccess(request, request.params.slug, 'events');
      const bytes = await readLogoUpload(request);
      let image;
      try {
        image = readLogoImage(bytes);
      } catch (error) {
        if (error instanceof LogoImageError)
          throw new HttpError(400, 'unsupported_image', error.message);
        throw error;
      }
      return setProjectLogo(db, project.id, { ...image, base64: bytes.toString('base64') }, now());
    },
  );

  app.delete(
    '/api/projects/:slug/logo',
    {
      schema: { tags, summary: "Removes the project's logo", params: slugParam },
    },
    async (request, reply) => {
      const { project } = await projectAccess(request, request.params.slug, 'events');
      await deleteProjectLogo(db, project.id);
      return reply.status(204).send();
    },
  );
}
