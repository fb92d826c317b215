/// <reference types="vitest/config" />
import { getViteConfig } from "astro/config";

// Unit tests live beside the code they test (src/**/*.test.ts); build tests under tests/.
export default getViteConfig({
  test: {
    include: ["src/**/*.test.ts", "tests/**/*.test.ts"],
    testTimeout: 20_000,
  },
});
