// Stands in for `sharp` in the bundled embedding worker (scripts/build-cli.ts). transformers.js
// imports sharp when it loads, for image inputs, which a text model never has; the import alone
// (libvips) was 80-130 ms of every cold search. Truthy, so that transformers.js loads; it throws
// if anything ever asks it for an image.
export default function noImageLibrary(): never {
  throw new Error('image inputs are not supported: the embedding worker is bundled without sharp');
}
