// A built site served as the benchmarks and the browser tests serve it: nginx (Range,
// multipart/byteranges) with the CSP `default-src 'self'`, in a folder of its own; and the
// headless Chromium flags the benchmarks launch with.
import { mkdtempSync, writeFileSync, mkdirSync, rmSync } from "node:fs";
import { spawn } from "node:child_process";
import { tmpdir } from "node:os";
import { join } from "node:path";
import net from "node:net";

export const CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync"];

/** Starts nginx serving SITE on 127.0.0.1:PORT; resolves once it accepts connections. */
export async function startNginx(site, port) {
  const work = mkdtempSync(join(tmpdir(), "gongkai-nginx-"));
  mkdirSync(join(work, "temp"));
  writeFileSync(join(work, "nginx.conf"), `worker_processes 1;
master_process off;
daemon off;
pid ${work}/nginx.pid;
error_log ${work}/error.log warn;
events { worker_connections 256; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  client_body_temp_path ${work}/temp;
  proxy_temp_path ${work}/temp;
  fastcgi_temp_path ${work}/temp;
  uwsgi_temp_path ${work}/temp;
  scgi_temp_path ${work}/temp;
  server {
    listen 127.0.0.1:${port};
    root ${site};
    add_header Content-Security-Policy "default-src 'self'" always;
  }
}
`);
  const nginx = spawn(process.env.NGINX || "/usr/sbin/nginx", ["-c", join(work, "nginx.conf"), "-p", work], { stdio: "inherit" });
  for (let i = 0; i < 50; i++) {
    const up = await new Promise(ok => { const c = net.connect(port, "127.0.0.1", () => { c.end(); ok(true); }); c.on("error", () => ok(false)); });
    if (up) break;
    await new Promise(ok => setTimeout(ok, 100));
  }
  return {
    base: `http://127.0.0.1:${port}/`,
    stop() {
      nginx.kill();
      rmSync(work, { recursive: true, force: true });
    },
  };
}
