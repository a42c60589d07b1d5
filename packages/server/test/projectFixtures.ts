// Builds what the route tests work on (projects, organisations, uploads) through the API, as a
// user of the web app would, and fails loudly when a step the test relies on does not succeed.

import type { LightMyRequestResponse } from 'fastify';
import type { Agent } from './testApp';

/** Throws with the answer's body unless it has the expected status, so set-up failures are clear. */
export function expectStatus(response: LightMyRequestResponse, status: number) {
  if (response.statusCode !== status)
    throw new Error(`expected ${status}, got ${response.statusCode}: ${response.body}`);
  return response;
}

/** Creates a project as `agent` (who becomes its owner) and answers its slug. */
export async function createProject(agent: Agent, name = 'Test cluster'): Promise<string> {
  const response = expectStatus(
    await agent.post('/api/projects', { name, sector: 'Machinery', region: 'İzmir' }),
    201,
  );
  return (response.json() as { slug: string }).slug;
}

/** Registers an organisation and answers its id. */
export async function addOrganisation(
  agent: Agent,
  slug: string,
  organisation: Record<string, unknown>,
): Promise<string> {
  const response = expectStatus(
    await agent.post(`/api/projects/${slug}/organisations`, organisation),
    201,
  );
  return (response.json() as { id: string }).id;
}

/** The number of organisations in a project's registry. */
export async function registryCount(agent: Agent, slug: string): Promise<number> {
  const response = expectStatus(await agent.get(`/api/projects/${slug}/organisations`), 200);
  return (response.json() as { total: number }).total;
}

/** A multipart form with a `file` part and, when given, an `options` JSON part. */
export function uploadForm(
  fileName: string,
  content: string | Uint8Array,
  options?: Record<string, unknown>,
): FormData {
  const form = new FormData();
  // A copy: Blob wants bytes over a plain ArrayBuffer (a Node Buffer may share a pool).
  const part = typeof content === 'string' ? content : new Uint8Array(content);
  form.append('file', new Blob([part]), fileName);
  if (options) form.append('options', JSON.stringify(options));
  return form;
}

/** POSTs a file to an import route (`preview` or the import itself). */
export function upload(
  agent: Agent,
  url: string,
  fileName: string,
  content: string | Uint8Array,
  options?: Record<string, unknown>,
) {
  return agent.request('POST', url, uploadForm(fileName, content, options));
}
