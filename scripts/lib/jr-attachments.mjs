// Preload for shared/tools/xform-validate (`node --import .../jr-attachments.mjs validate-xform.mjs
// FORM.xml...`), used by scripts/xform-engines.py: serves a form's attachments to the ODK Web
// Forms engine from a local folder.
//
// Without a fetchFormAttachment option (validate-xform.mjs passes none) the engine fetches each
// `jr://file/NAME`, `jr://file-csv/NAME`, ... URL with the global fetch, which cannot resolve
// `jr:` and throws "fetch failed" -- so every form with an external instance fails, pyxform's
// own XForms included. This wraps the global fetch: a `jr:` URL is answered with the file NAME
// from $JR_ATTACHMENTS_DIR (200, content type by extension), or 404 when there is none, which
// the engine's missingResourceBehavior 'BLANK' (set by validate-xform.mjs) loads as a blank
// instance. Every other URL goes to the real fetch.
//
// The engine puts an XML attachment's text into an <instance> element as innerHTML, where an
// XML declaration is not allowed ("an XML declaration must be at the start of the document"),
// so a leading declaration is dropped (the files are read as UTF-8).
import { readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';

const dir = process.env.JR_ATTACHMENTS_DIR ?? '.';
const types = { '.csv': 'text/csv', '.xml': 'text/xml', '.geojson': 'application/geo+json' };
const realFetch = globalThis.fetch;

globalThis.fetch = async (resource, init) => {
  const href = String(resource?.href ?? resource?.url ?? resource);
  if (!href.startsWith('jr:')) return realFetch(resource, init);
  const name = decodeURIComponent(new URL(href).pathname.split('/').pop() ?? '');
  let body;
  try {
    body = await readFile(join(dir, name), 'utf8');
  } catch {
    return new Response(null, { status: 404, statusText: 'Not Found' });
  }
  const type = types[extname(name).toLowerCase()] ?? 'application/octet-stream';
  if (type === 'text/xml') body = body.replace(/^\uFEFF?\s*<\?xml[^>]*\?>\s*/, '');
  return new Response(body, { status: 200, headers: { 'content-type': type } });
};
