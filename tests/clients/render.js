// Render CSL-JSON items with citeproc-js, the CSL processor inside Zotero.
//
// Reads one JSON request on standard input and writes one JSON answer on standard output:
//
//   request: {"locales": "<dir of locales-xx-XX.xml>", "jobs": [
//               {"style": "<path to .csl>", "lang": "en-US", "items": [<CSL-JSON item>, ...],
//                "cites": [[{"id": "...", "locator": "52", "label": "folio"}], ...]}]}
//   answer:  {"results": [{"citations": ["...", ...],
//                          "bibliography": [{"ids": ["..."], "text": "..."}, ...],
//                          "messages": ["...", ...], "error": null}]}
//
// Each cite is its own citation in its own note, in order, so a note style renders the first
// cite of an item in full. "messages" holds everything citeproc-js reported through CSL.debug
// and CSL.error while rendering; "error" is the exception a job ended with, if any.
"use strict";

const fs = require("fs");
const path = require("path");
const CSL = require("citeproc");

const messages = [];
CSL.debug = (message) => messages.push(String(message));
CSL.error = (message) => {
  messages.push(String(message));
  throw new Error(String(message));
};

function render(job, localesDir) {
  const items = new Map(job.items.map((item) => [String(item.id), item]));
  const sys = {
    retrieveLocale(lang) {
      const file = path.join(localesDir, `locales-${lang}.xml`);
      return fs.existsSync(file) ? fs.readFileSync(file, "utf8") : false;
    },
    retrieveItem(id) {
      // citeproc-js edits the items it is given (the note field hacks): hand it a copy.
      return JSON.parse(JSON.stringify(items.get(String(id))));
    },
  };
  const style = fs.readFileSync(job.style, "utf8");
  const engine = new CSL.Engine(sys, style, job.lang || "en-US", true);
  engine.setOutputFormat("text");
  engine.updateItems(job.items.map((item) => String(item.id)));
  const rendered = new Map();
  const before = [];
  job.cites.forEach((cite, index) => {
    const citation = {
      citationID: `c${index}`,
      citationItems: cite.map((entry) => ({ ...entry, id: String(entry.id) })),
      properties: { noteIndex: index + 1 },
    };
    const [, changed] = engine.processCitationCluster(citation, before, []);
    for (const [, text, id] of changed) {
      rendered.set(id, text);
    }
    before.push([citation.citationID, index + 1]);
  });
  const citations = job.cites.map((_, index) => rendered.get(`c${index}`));
  const bibliography = engine.makeBibliography();
  const entries = bibliography
    ? bibliography[1].map((text, index) => ({
      ids: bibliography[0].entry_ids[index].map(String),
      text: text.trim(),
    }))
    : [];
  return { citations, bibliography: entries };
}

function main() {
  const request = JSON.parse(fs.readFileSync(0, "utf8"));
  const results = request.jobs.map((job) => {
    messages.length = 0;
    try {
      const { citations, bibliography } = render(job, request.locales);
      return { citations, bibliography, messages: [...messages], error: null };
    } catch (error) {
      return { citations: [], bibliography: [], messages: [...messages], error: String(error) };
    }
  });
  process.stdout.write(JSON.stringify({ results }));
}

main();
