import { defineCollection } from "astro:content";
import { file, glob } from "astro/loaders";
import { articleSchema, contactSchema, faqSchema, glossarySchema, pageSchema } from "./lib/schema";

/**
 * All content lives in the top-level content/ folder. CONTENT_ROOT lets the build tests point the
 * site at a fixture folder (tests/fixtures/) to prove that bad frontmatter fails the build.
 */
const root = process.env.CONTENT_ROOT ?? "./content";

const articles = defineCollection({
  loader: glob({ pattern: "*/*.mdx", base: `${root}/articles` }),
  schema: articleSchema,
});

const pages = defineCollection({
  loader: glob({ pattern: "*.mdx", base: `${root}/pages` }),
  schema: pageSchema,
});

const contacts = defineCollection({
  loader: file(`${root}/contacts.yaml`),
  schema: contactSchema,
});

const glossary = defineCollection({
  loader: file(`${root}/glossary.yaml`),
  schema: glossarySchema,
});

const faq = defineCollection({
  loader: file(`${root}/faq.yaml`),
  schema: faqSchema,
});

export const collections = { articles, pages, contacts, glossary, faq };
