/**
 * What a search that found nothing still offers: the urgent pages (the same three as the home
 * page) and the categories. Never a dead end.
 */
import { CATEGORIES } from "../categories";
import { categoryPath } from "../routes";

export const URGENT_LINKS = [
  { label: "被催收骚扰", path: "/cautions/collection-harassment/" },
  { label: "接到自称客服的电话", path: "/cautions/fake-customer-service/" },
  { label: "有人说能代办协商", path: "/cautions/agent-scams/" },
] as const;

export const CATEGORY_LINKS = CATEGORIES.map((c) => ({ label: c.name, path: categoryPath(c.id) }));
