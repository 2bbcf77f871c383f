/** Hands bytes to the browser as a file download (nothing is uploaded: the file is made here). */
export function download(bytes: Uint8Array | string, fileName: string, type: string): void {
  const blob = new Blob([bytes as BlobPart], { type });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  // Revoked later: revoking at once can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** A file name from the rubrik: lower case, no å/ä/ö, words joined by hyphens. */
export function fileStem(kind: string, rubrik: string): string {
  const slug = rubrik
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  const k = kind.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  return slug ? `${k}-${slug}` : k;
}
