/** Base-aware URL helper for components: the only place that reads the configured base. */
import { withBase } from "./routes";

export function url(path: string): string {
  return withBase(import.meta.env.BASE_URL, path);
}
