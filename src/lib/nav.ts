/** Main navigation, in display order. Paths are root-relative; components add the base. */
import { CATEGORIES } from "./categories";
import { ROUTES, categoryPath } from "./routes";

export interface NavItem {
  label: string;
  path: string;
}

export const MAIN_NAV: NavItem[] = [
  ...CATEGORIES.map((c) => ({ label: c.name, path: categoryPath(c.id) })),
  { label: "计算工具", path: ROUTES.tools },
  { label: "常见问题", path: ROUTES.faq },
  { label: "术语表", path: ROUTES.glossary },
];

/** True when `current` (base already stripped) is the item's page or below it. */
export function isCurrentSection(itemPath: string, current: string): boolean {
  if (itemPath === "/") return current === "/";
  return current === itemPath || current.startsWith(itemPath);
}
