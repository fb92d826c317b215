// Prints a free TCP port on 127.0.0.1 (used by playwright.config.ts when E2E_PORT is not set).
import { createServer } from "node:net";

const srv = createServer();
srv.listen(0, "127.0.0.1", () => {
  const address = srv.address();
  process.stdout.write(String(typeof address === "object" && address ? address.port : 0));
  srv.close();
});
