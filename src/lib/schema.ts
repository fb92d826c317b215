/**
 * Zod schemas for everything under content/. Used by src/content.config.ts (the build fails
 * on any violation, naming the file and field) and by unit tests.
 */
import { z } from "astro/zod";
import { CATEGORY_IDS } from "./categories";
import { isOfficialUrl } from "./sources";
import { SLUG_PATTERN } from "./routes";

// Schema messages in Chinese, for the people who write the articles.
z.config(z.locales.zhCN());

/** Today's date (UTC, midnight) at build time: a review date may not be after it. */
function endOfToday(): Date {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), 23, 59, 59));
}

export const dateField = z.coerce
  .date({ error: (issue) => (issue.input === undefined ? "缺少此字段" : "应为日期，格式 YYYY-MM-DD") })
  .refine((d) => !Number.isNaN(d.getTime()), "应为有效日期，格式 YYYY-MM-DD");

export const pastDate = dateField.refine((d) => d.getTime() <= endOfToday().getTime(), {
  message: "日期不能晚于今天",
});

export const officialUrl = z
  .string()
  .refine(isOfficialUrl, { message: "来源链接只能指向官方网站（见 src/lib/sources.ts 的 OFFICIAL_DOMAINS）" });

/**
 * A source. `date` is the date the document itself states (published, adopted or in force).
 * When the document states no date, or its date could not be verified, there is no `date`:
 * `accessed` gives the day it was read and the page shows “查阅于 …” (docs/writing.md).
 * One of the two is required.
 */
export const sourceSchema = z
  .strictObject({
    title: z.string().min(2, "来源需要标题"),
    publisher: z.string().min(2, "来源需要发布机构"),
    date: dateField.optional(),
    accessed: pastDate.optional(),
    url: officialUrl.optional(),
  })
  .refine((s) => s.date !== undefined || s.accessed !== undefined, {
    message: "来源需要 date（文件注明的日期）；没有注明或无法核实日期时，写 accessed（查阅日期）",
    path: ["date"],
  });

const articleRef = z.string().regex(/^[a-z]+\/[a-z0-9]+(?:-[a-z0-9]+)*$/, "应写成 “分类/slug”，例如 process/prepare");

export const articleSchema = z.strictObject({
  title: z.string().min(4, "标题太短").max(60, "标题不要超过 60 个字"),
  description: z.string().min(20, "描述至少 20 个字").max(160, "描述不要超过 160 个字"),
  category: z.enum(CATEGORY_IDS, { error: `分类只能是 ${CATEGORY_IDS.join(" / ")}` }),
  order: z.number().int("order 应为整数").min(0),
  reviewed: pastDate,
  sources: z.array(sourceSchema).min(1, "至少需要一条参考来源"),
  keywords: z.array(z.string().min(1)).default([]),
  related: z.array(articleRef).default([]),
  summary: z.array(z.string().min(4)).min(1).max(6).optional(),
  /** Facts that stop being true on a date (a policy with an end date): the build warns once it has passed. */
  timeLimited: z.array(z.strictObject({ fact: z.string().min(4), until: dateField })).default([]),
});

export type ArticleData = z.infer<typeof articleSchema>;

/** A static page such as /about/ written in MDX under content/pages/. */
export const pageSchema = z.strictObject({
  title: z.string().min(2),
  description: z.string().min(20).max(160),
  reviewed: pastDate,
  sources: z.array(sourceSchema).default([]),
});

export const contactSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  name: z.string().min(2),
  number: z
    .string()
    .regex(/^[0-9]+(?:-[0-9]+)*$/, "号码只能包含数字和连字符")
    .optional(),
  kind: z.enum(["hotline", "app", "web"]),
  owner: z.string().min(2),
  purpose: z.string().min(4),
  note: z.string().optional(),
  url: officialUrl.optional(),
  source: sourceSchema,
  confidence: z.enum(["verified-official", "verified-secondary", "verified-text", "needs-check"]),
  reviewed: pastDate,
});

export type ContactData = z.infer<typeof contactSchema>;

export const glossarySchema = z.strictObject({
  id: z.string().regex(SLUG_PATTERN, "术语 id 只能是小写英文、数字和连字符"),
  term: z.string().min(1),
  aliases: z.array(z.string()).default([]),
  definition: z.string().min(8),
  see: articleRef.optional(),
});

export const faqSchema = z.strictObject({
  id: z.string().regex(SLUG_PATTERN),
  q: z.string().min(4),
  a: z.string().min(10),
  link: articleRef.optional(),
});
