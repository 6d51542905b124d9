/**
 * Types for the part of `cloudron-manifestformat` (CommonJS, no bundled types) that we use:
 * `parse` returns an Error describing the first problem, or null when the manifest is valid.
 */
declare module 'cloudron-manifestformat' {
  interface ManifestFormat {
    parse(manifest: object): Error | null;
  }
  const manifestFormat: ManifestFormat;
  export default manifestFormat;
}
