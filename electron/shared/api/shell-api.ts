/** Handing a checked web address to the system browser; putting text on the clipboard. */
import { z } from 'zod';

export const shellRequests = {
  'shell:open-external': z.object({ url: z.string().min(1, 'no web address given').max(2048) }).strict(),
  'shell:copy-text': z.object({ text: z.string().min(1).max(50_000) }).strict(),
};

export type ShellResponses = {
  'shell:open-external': { opened: string };
  'shell:copy-text': { copied: number };
};
