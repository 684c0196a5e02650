// Measures the check page as a first-time visitor meets it: what the browser downloads (bytes on the wire,
// after compression) until the first check result shows, and how long that takes from navigation.
// Each run is a fresh browser context, so nothing is cached.
//   node measure-page.mjs URL [--runs 5] [--files] [--chromium /usr/bin/chromium]
//   node measure-page.mjs --serve DIR [...]   serves a published wwwroot on loopback as a static web host
//                                             with precompressed files does (.br, else .gz, else as is)
import { createRequire } from "node:module";
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
// The Playwright driver that Microsoft.Playwright copies next to the test assembly: nothing to install.
const { chromium } = require(path.join(here, "bin/Release/net10.0/.playwright/package"));

const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
let server;
const served = option("--serve", null);
const url = served ? await serve(served) : args[0];
const runs = Number(option("--runs", "5"));
const executablePath = option("--chromium", "/usr/bin/chromium");
const draft = "Mevrouw de Vries (06-23456781) uit kamer 12 mag morgen naar huis.";

const browser = await chromium.launch({ executablePath, headless: true });
const results = [];
for (let run = 0; run < runs; run++) {
    const context = await browser.newContext({ locale: "nl-NL" });
    const page = await context.newPage();
    const finished = [];
    page.on("requestfinished", request => finished.push(request));

    const start = Date.now();
    await page.goto(url);
    const textarea = page.locator("textarea#post");
    await textarea.waitFor({ timeout: 120_000 });
    const editable = Date.now() - start;
    await textarea.fill(draft);
    await page.locator("#findings li[data-rule-id='PL1002']").waitFor({ timeout: 120_000 });
    const firstCheck = Date.now() - start;

    let bytes = 0;
    const byEncoding = {};
    const files = [];
    for (const request of finished) {
        const response = await request.response();
        const sizes = await request.sizes();
        const encoding = (await response?.headerValue("content-encoding")) ?? "none";
        byEncoding[encoding] = (byEncoding[encoding] ?? 0) + 1;
        bytes += sizes.responseBodySize;
        files.push([sizes.responseBodySize, new URL(request.url()).pathname, encoding]);
    }

    results.push({ editable, firstCheck, bytes, requests: finished.length });
    console.log(`run ${run + 1}: page editable ${editable} ms, first check shown ${firstCheck} ms, ` +
        `${finished.length} requests, ${(bytes / 1e6).toFixed(2)} MB on the wire (${Object.entries(byEncoding).map(([k, v]) => `${v} ${k}`).join(", ")})`);
    if (run === 0 && args.includes("--files")) {
        files.sort((a, b) => b[0] - a[0]);
        for (const [size, file, encoding] of files) {
            console.log(`  ${String(size).padStart(9)}  ${encoding.padEnd(5)} ${file}`);
        }
    }

    await context.close();
}

await browser.close();
server?.close();
const median = key => results.map(r => r[key]).sort((a, b) => a - b)[Math.floor(results.length / 2)];
console.log(`median of ${runs}: page editable ${median("editable")} ms, first check shown ${median("firstCheck")} ms, ${(median("bytes") / 1e6).toFixed(2)} MB on the wire`);


// A static host: the file, or its .br/.gz twin when the browser accepts that encoding; index.html at "/".
async function serve(root) {
    const types = { ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".css": "text/css", ".wasm": "application/wasm",
        ".json": "application/json", ".svg": "image/svg+xml", ".dat": "application/octet-stream", ".md": "text/markdown; charset=utf-8" };
    server = http.createServer((request, response) => {
        const pathname = decodeURIComponent(new URL(request.url, "http://localhost").pathname);
        const file = path.join(root, pathname === "/" ? "index.html" : pathname);
        if (!file.startsWith(root) || !fs.existsSync(file)) {
            response.writeHead(404).end();
            return;
        }
        const accepted = request.headers["accept-encoding"] ?? "";
        const encoding = ["br", "gzip"].find(e => accepted.includes(e) && fs.existsSync(file + (e === "br" ? ".br" : ".gz")));
        const body = fs.readFileSync(encoding ? file + (encoding === "br" ? ".br" : ".gz") : file);
        response.writeHead(200, { "Content-Type": types[path.extname(file)] ?? "application/octet-stream", "Content-Length": body.length,
            ...(encoding ? { "Content-Encoding": encoding, Vary: "Accept-Encoding" } : {}) });
        response.end(body);
    });
    await new Promise(resolve => server.listen(0, "127.0.0.1", resolve));
    return `http://127.0.0.1:${server.address().port}/`;
}
