/**
 * The manifest names https://localhost:3000 for development. A deployment
 * build (ADDIN_URL=https://plans.example.org/board-plan npm run build) writes
 * dist/web/manifest.xml with that address instead, as the Office add-in
 * template does, so IT never edits the manifest by hand.
 */
const DEV_URL = 'https://localhost:3000';

function addinUrl(value) {
  if (!value) return DEV_URL;
  let url;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`ADDIN_URL is not an address: ${value}`);
  }
  if (url.protocol !== 'https:') throw new Error(`ADDIN_URL must be https (Excel loads add-ins over HTTPS only): ${value}`);
  if (url.search || url.hash) throw new Error(`ADDIN_URL must be a plain address without ? or #: ${value}`);
  return url.href.replace(/\/$/, '');
}

function withAddinUrl(manifest, value) {
  const target = addinUrl(value);
  // AppDomain takes the origin only; every other URL takes the full address.
  return manifest
    .replaceAll(`<AppDomain>${DEV_URL}</AppDomain>`, `<AppDomain>${new URL(target).origin}</AppDomain>`)
    .replaceAll(DEV_URL, target);
}

module.exports = { DEV_URL, addinUrl, withAddinUrl };
