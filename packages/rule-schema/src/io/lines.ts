/**
 * Line splitting over async iterables of text or bytes (web streams are async iterable in
 * Node and modern browsers; a `getReader()` stream is adapted). No Node-only API: bytes are
 * decoded with the standard TextDecoder in streaming mode.
 */

interface StreamReader<T> {
  read(): Promise<{ done: boolean; value?: T }>;
  releaseLock(): void;
}
export interface ReadableLike<T> {
  getReader(): StreamReader<T>;
}
export type TextSource =
  | AsyncIterable<string | Uint8Array>
  | Iterable<string | Uint8Array>
  | ReadableLike<string | Uint8Array>;

interface Decoder {
  decode(input?: Uint8Array, options?: { stream?: boolean }): string;
}
type DecoderConstructor = new (label?: string) => Decoder;

function textDecoder(): Decoder {
  const Ctor = (globalThis as unknown as { TextDecoder?: DecoderConstructor }).TextDecoder;
  if (Ctor === undefined) throw new Error("当前环境缺少 TextDecoder，无法解码字节流");
  return new Ctor("utf-8");
}

async function* fromReader<T>(stream: ReadableLike<T>): AsyncGenerator<T> {
  const reader = stream.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      if (value !== undefined) yield value;
    }
  } finally {
    reader.releaseLock();
  }
}

export function chunksOf(
  source: TextSource,
): AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array> {
  if (Symbol.asyncIterator in source || Symbol.iterator in source)
    return source as AsyncIterable<string | Uint8Array>;
  return fromReader(source as ReadableLike<string | Uint8Array>);
}

/** Yields each line without its terminator (\n or \r\n); memory is one line plus one chunk. */
export async function* readLines(source: TextSource): AsyncGenerator<string> {
  let decoder: Decoder | null = null;
  let rest = "";
  for await (const chunk of chunksOf(source)) {
    let text: string;
    if (typeof chunk === "string") text = chunk;
    else {
      decoder ??= textDecoder();
      text = decoder.decode(chunk, { stream: true });
    }
    if (text.length === 0) continue;
    rest += text;
    let start = 0;
    let nl = rest.indexOf("\n", start);
    while (nl !== -1) {
      const end = nl > start && rest.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
      yield rest.slice(start, end);
      start = nl + 1;
      nl = rest.indexOf("\n", start);
    }
    rest = start === 0 ? rest : rest.slice(start);
  }
  if (decoder !== null) rest += decoder.decode();
  if (rest.endsWith("\r")) rest = rest.slice(0, -1);
  if (rest.length > 0) yield rest;
}
