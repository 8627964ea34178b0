import { z } from "zod";

/** Flags of `npm run analyze`, after node's parseArgs. */
export const analyzeArgsSchema = z
  .object({
    reference: z.string().min(1).optional(),
    files: z.array(z.string().min(1)),
    format: z.enum(["json", "md"], { error: 'must be "json" or "md"' }).default("json"),
    /** Indent the JSON report (compact by default: a 1,000-article report is ~60 MB compact, ~90 MB indented). */
    pretty: z.boolean().default(false),
    pairs: z.string().min(1).optional(),
    referenceOutlet: z.array(z.string().trim().min(1)).default([]),
  })
  .superRefine((args, ctx) => {
    if (args.pairs && (args.reference || args.files.length > 0)) {
      ctx.addIssue({ code: "custom", path: ["pairs"], message: "--pairs reads its own file; give no --reference or article files with it" });
    }
    if (!args.pairs && !args.reference) {
      ctx.addIssue({ code: "custom", path: ["reference"], message: "is required (--reference REF.txt), or use --pairs FILE.jsonl" });
    }
  });

export type AnalyzeArgs = z.infer<typeof analyzeArgsSchema>;
