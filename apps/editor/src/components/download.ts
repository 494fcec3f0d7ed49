/** Hands the browser a file made here or sent by the server (test cases, a catalogue, .docx). */
export function download(name: string, content: BlobPart, type: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  a.click();
  // revoked a moment later: some browsers start reading the file only after click() returns
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
