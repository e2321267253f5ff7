import { z } from 'zod';
import { GapReportSchema } from '../analysis/gap-report';
import { BoardIdSchema, HttpUrlSchema, PostingIdSchema } from '../storage/schemas';
import { PAGE_REPORT_DESCRIPTION_MAX, type PageReportAnswer } from './page-report';

/** The popup's check of a content script's answer (see page-report.ts): anything else is "no report". */
export const PageReportAnswerSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('report'),
    posting: z.object({
      jobKey: PostingIdSchema,
      url: HttpUrlSchema,
      board: BoardIdSchema,
      title: z.string().max(500),
      company: z.string().max(500).nullable(),
      location: z.string().max(500).nullable(),
      description: z.string().max(PAGE_REPORT_DESCRIPTION_MAX),
    }),
    report: GapReportSchema,
  }),
  z.object({ kind: z.literal('loading') }),
  z.object({ kind: z.literal('none') }),
]);

export function parsePageReportAnswer(value: unknown): PageReportAnswer | null {
  const parsed = PageReportAnswerSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}
