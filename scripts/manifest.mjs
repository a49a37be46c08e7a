// Reading an add-in manifest (XML) into the facts the checks need.
import { readFileSync } from "node:fs";
import { XMLParser } from "fast-xml-parser";

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  removeNSPrefix: true,
  isArray: (_name, _path, _isLeaf, isAttribute) => !isAttribute,
});

/** Every element named `name`, anywhere below `node`, in document order. */
function findAll(node, name, found = []) {
  if (Array.isArray(node)) {
    for (const item of node) findAll(item, name, found);
  } else if (node && typeof node === "object") {
    for (const [key, value] of Object.entries(node)) {
      if (key === name) found.push(...value);
      if (!key.startsWith("@")) findAll(value, name, found);
    }
  }
  return found;
}

function text(element) {
  return typeof element === "object" ? String(element["#text"] ?? "") : String(element);
}

export function readManifest(path) {
  const xml = readFileSync(path, "utf8");
  const root = parser.parse(xml);
  const resources = findAll(root, "Resources")[0] ?? {};
  const strings = [...findAll(resources, "ShortStrings"), ...findAll(resources, "LongStrings")]
    .flatMap((group) => findAll(group, "String"))
    .map((s) => ({
      id: s["@id"],
      value: s["@DefaultValue"],
      overrides: findAll(s, "Override").map((o) => o["@Locale"]),
    }));
  const topLevel = findAll(root, "OfficeApp")[0] ?? {};
  for (const name of ["DisplayName", "Description"]) {
    for (const element of topLevel[name] ?? []) {
      strings.push({
        id: name,
        value: element["@DefaultValue"],
        overrides: (element.Override ?? []).map((o) => o["@Locale"]),
      });
    }
  }
  const resourceIds = new Set(
    ["Image", "Url", "String"].flatMap((kind) => findAll(resources, kind).map((r) => r["@id"]))
  );
  const referencedIds = new Set(collectResids(root));
  return {
    xml,
    defaultLocale: text(findAll(root, "DefaultLocale")[0] ?? ""),
    permissions: text(findAll(root, "Permissions")[0] ?? ""),
    strings,
    resourceIds,
    referencedIds,
    functionNames: findAll(root, "FunctionName").map(text),
    actions: findAll(root, "Action").map((a) => a["@type"]),
  };
}

function collectResids(node, found = []) {
  if (Array.isArray(node)) {
    for (const item of node) collectResids(item, found);
  } else if (node && typeof node === "object") {
    for (const [key, value] of Object.entries(node)) {
      if (key === "@resid") found.push(value);
      else if (!key.startsWith("@")) collectResids(value, found);
    }
  }
  return found;
}
