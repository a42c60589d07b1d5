// Path parameters shared by the project routes.

import { z } from 'zod';

export const slugParam = z.object({ slug: z.string().min(1).max(80) });
export const idParam = slugParam.extend({ id: z.uuid({ message: 'not an id' }) });
